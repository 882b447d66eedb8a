package vn.noivu.personnel.internal.person;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import vn.noivu.personnel.internal.load.ImportRowChecker;

/**
 * Every text and date of a dossier record within what a dossier keeps: names up to 200 characters
 * with a letter in them, an e-mail up to 254, free-text fields up to 2,000, other text up to 500; no
 * NUL or other control character (line breaks allowed outside names); dates from 1900 to 2100, and
 * the dates of past facts (joining the Party, military service) not after today. One rule for every
 * component, named on the component that breaks it, instead of an annotation on each of forty
 * fields; the numbers a dossier keeps have their own bounds on the component.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WithinLimits.Check.class)
public @interface WithinLimits {

    String message() default "{personnel.limits.text}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    int NAME = 200;
    int TEXT = 500;
    int FREE_TEXT = 2000;
    int EMAIL = 254;

    LocalDate FIRST_DATE = ImportRowChecker.FIRST_DATE;
    LocalDate LAST_DATE = ImportRowChecker.LAST_DATE;

    /** Checks a record's components. */
    final class Check implements ConstraintValidator<WithinLimits, Record> {

        private static final Set<String> NAMES = Set.of("fullName", "otherName");
        private static final Map<String, Integer> LONGER = Map.of(
                "email", EMAIL,
                "strengths", FREE_TEXT,
                "organisations", FREE_TEXT,
                "assetsIncome", FREE_TEXT,
                "description", FREE_TEXT);
        private static final Set<String> PAST = Set.of("partyJoined", "partyOfficial", "militaryEntry", "militaryExit");

        @Override
        public boolean isValid(Record value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            boolean valid = true;
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Object v;
                try {
                    v = component.getAccessor().invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                String problem = null;
                String name = component.getName();
                if (v instanceof String s) {
                    problem = textProblem(name, s);
                } else if (v instanceof LocalDate d) {
                    if (d.isBefore(FIRST_DATE) || d.isAfter(LAST_DATE)) {
                        problem = "{personnel.limits.dateRange}";
                    } else if (PAST.contains(name) && d.isAfter(LocalDate.now())) {
                        problem = "{personnel.limits.dateInFuture}";
                    }
                }
                if (problem != null) {
                    valid = false;
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(problem)
                            .addPropertyNode(name)
                            .addConstraintViolation();
                }
            }
            return valid;
        }

        private static String textProblem(String name, String s) {
            boolean isName = NAMES.contains(name);
            int max = isName ? NAME : LONGER.getOrDefault(name, TEXT);
            if (s.length() > max) {
                return "{personnel.limits.tooLong." + max + "}";
            }
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch < ' ' && (isName || (ch != '\n' && ch != '\r' && ch != '\t')) || ch == 0x7F) {
                    return "{personnel.limits.control}";
                }
            }
            if (isName && !s.isEmpty() && !ImportRowChecker.hasLetter(s)) {
                return "{personnel.limits.noLetter}";
            }
            return null;
        }
    }
}
