package vn.noivu.personnel.internal.load;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.noivu.personnel.internal.career.Careers;
import vn.noivu.personnel.internal.career.EventCommand;
import vn.noivu.personnel.internal.career.Rating;
import vn.noivu.personnel.internal.person.PersonStore;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.imports.ImportError;
import vn.noivu.platform.imports.ImportRefusedException;
import vn.noivu.platform.imports.ImportResult;
import vn.noivu.platform.imports.TabularFile;
import vn.noivu.platform.imports.TabularRow;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.web.BusinessRuleException;

/**
 * Bulk import of annual ratings (đánh giá, xếp loại chất lượng hằng năm; docs/import-formats.md,
 * "Annual ratings"): one EVALUATION career event per person and year, recorded through {@link Careers}
 * so that a failed year delays the step as an event entered by hand does. Whole or not at all: every
 * row is checked, then every event recorded, each in a savepoint so that all refusals are listed; any
 * error rolls the whole file back. A row equal to the rating already recorded changes nothing, so the
 * same file imported twice changes nothing.
 */
@Service
public class RatingImport {

    static final List<String> REQUIRED =
            List.of("national_id", "year", "rating", "decision_no", "decision_date", "issuer");

    /** The most errors listed: more help nobody. */
    static final int SHOWN_ERRORS = 1000;

    /** The default limit of rows of one file (noivu.imports.max-rows.ratings). */
    public static final int DEFAULT_MAX_ROWS = 200_000;

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    /** The Vietnamese wording of each rating, folded (lower case, no diacritics), with and without "nhiệm vụ". */
    private static final Map<String, Rating> LABELS = Map.of(
            "hoan thanh xuat sac nhiem vu", Rating.EXCELLENT,
            "hoan thanh xuat sac", Rating.EXCELLENT,
            "hoan thanh tot nhiem vu", Rating.GOOD,
            "hoan thanh tot", Rating.GOOD,
            "hoan thanh nhiem vu", Rating.COMPLETED,
            "hoan thanh", Rating.COMPLETED,
            "khong hoan thanh nhiem vu", Rating.NOT_COMPLETED,
            "khong hoan thanh", Rating.NOT_COMPLETED);

    private final JdbcClient jdbc;
    private final PersonStore people;
    private final Careers careers;
    private final AuditLog audit;
    private final MessageSource messages;
    private final TransactionTemplate savepoint;

    RatingImport(
            JdbcClient jdbc,
            PersonStore people,
            Careers careers,
            AuditLog audit,
            MessageSource messages,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.people = people;
        this.careers = careers;
        this.audit = audit;
        this.messages = messages;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionTemplate.PROPAGATION_NESTED);
    }

    /** What an applied import did: rows read, ratings recorded, rows equal to a rating already recorded. */
    public record Outcome(boolean applied, int rows, int created, int unchanged, List<ImportError> errors) {}

    private record Row(int number, long personId, int year, Rating rating, EventCommand command) {}

    @Transactional
    public Outcome importFile(String filename, TabularFile file) {
        List<ImportError> errors = new ArrayList<>();
        for (String missing : file.missing(REQUIRED)) {
            errors.add(new ImportError(1, missing, msg("personnel.import.missingColumns", missing)));
        }
        if (!errors.isEmpty()) {
            throw refused(file.rows().size(), errors);
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (TabularRow r : file.rows()) {
            Row row = check(r, seen, errors);
            if (row != null) {
                rows.add(row);
            }
        }
        if (!errors.isEmpty()) {
            throw refused(file.rows().size(), errors);
        }
        int created = 0;
        int unchanged = 0;
        for (Row row : rows) {
            Optional<String> held = recorded(row.personId(), row.year());
            if (held.isPresent()) {
                if (held.get().equals(row.rating().name())) {
                    unchanged++;
                } else {
                    // A change of rating is a correction of the recorded event, with its own decision.
                    errors.add(new ImportError(
                            row.number(),
                            "rating",
                            msg("personnel.ratingImport.otherRating", row.year(), label(held.get()))));
                }
                continue;
            }
            try {
                savepoint.executeWithoutResult(status -> careers.record(row.personId(), row.command()));
                created++;
            } catch (BusinessRuleException e) {
                errors.add(new ImportError(row.number(), column(e.field()), msg(e.messageKey(), e.args())));
            }
        }
        if (!errors.isEmpty()) {
            throw refused(file.rows().size(), errors);
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("rows", rows.size());
        counts.put("created", created);
        counts.put("unchanged", unchanged);
        audit.record(
                "IMPORT",
                "personnel.career_event",
                filename,
                null,
                counts,
                "Nhập xếp loại chất lượng hằng năm từ tệp " + filename);
        return new Outcome(true, rows.size(), created, unchanged, List.of());
    }

    private Row check(TabularRow r, Map<String, Integer> seen, List<ImportError> errors) {
        int before = errors.size();
        int n = r.number();
        String nationalId = r.get("national_id").trim();
        Long personId = null;
        if (nationalId.isEmpty()) {
            errors.add(new ImportError(n, "national_id", msg("personnel.import.required")));
        } else {
            // Unknown and out of scope answer alike: the file may not tell who exists elsewhere.
            personId = people.findByNationalId(nationalId)
                    .filter(p -> CurrentUser.scope().includes(p.orgPath()))
                    .map(PersonStore.PersonRow::id)
                    .orElse(null);
            if (personId == null) {
                errors.add(new ImportError(n, "national_id", msg("personnel.ratingImport.noPerson")));
            }
        }
        String yearText = r.get("year").trim();
        Integer year = null;
        if (yearText.matches("[0-9]{4}") && Integer.parseInt(yearText) >= 1990 && Integer.parseInt(yearText) <= 2100) {
            year = Integer.parseInt(yearText);
        } else {
            errors.add(new ImportError(n, "year", msg("personnel.ratingImport.badYear", yearText)));
        }
        String ratingText = r.get("rating").trim();
        Rating rating = rating(ratingText);
        if (rating == null) {
            errors.add(new ImportError(n, "rating", msg("personnel.ratingImport.badRating", ratingText)));
        }
        String decisionNo = required(r, "decision_no", errors);
        String issuer = required(r, "issuer", errors);
        LocalDate decisionDate = date(r, "decision_date", true, errors);
        LocalDate effective = r.isBlank("effective_date") ? decisionDate : date(r, "effective_date", false, errors);
        if (personId != null && year != null) {
            Integer first = seen.putIfAbsent(nationalId + "/" + year, n);
            if (first != null) {
                errors.add(new ImportError(n, "year", msg("personnel.ratingImport.duplicate", year, first)));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new Row(
                n,
                personId,
                year,
                rating,
                EventCommand.of("EVALUATION", effective)
                        .note(r.isBlank("note") ? null : r.get("note").trim())
                        .decision(decisionNo, decisionDate, issuer)
                        .rating(year, rating.name())
                        .build());
    }

    /** A rating by its code or its Vietnamese wording, in any case and with or without diacritics. */
    static Rating rating(String text) {
        String code = text.toUpperCase(Locale.ROOT).replace(' ', '_');
        if (Rating.isValid(code)) {
            return Rating.valueOf(code);
        }
        return LABELS.get(fold(text));
    }

    static String fold(String text) {
        String nfd = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return nfd.replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replaceAll("[\\s.]+", " ")
                .strip();
    }

    private Optional<String> recorded(long personId, int year) {
        return jdbc.sql("""
                        SELECT rating FROM personnel.career_event
                        WHERE person_id = :p AND kind = 'EVALUATION' AND status = 'ACTIVE' AND evaluation_year = :y""")
                .param("p", personId)
                .param("y", year)
                .query(String.class)
                .optional();
    }

    private String label(String rating) {
        return switch (rating) {
            case "EXCELLENT" -> msg("personnel.ratings.excellent");
            case "GOOD" -> msg("personnel.ratings.good");
            case "COMPLETED" -> msg("personnel.ratings.completed");
            default -> msg("personnel.ratings.notCompleted");
        };
    }

    private String required(TabularRow r, String column, List<ImportError> errors) {
        String v = r.get(column).trim();
        if (v.isEmpty()) {
            errors.add(new ImportError(r.number(), column, msg("personnel.import.required")));
            return null;
        }
        if (v.length() > ImportRowChecker.MAX_TEXT) {
            errors.add(new ImportError(r.number(), column, msg("personnel.import.tooLong", ImportRowChecker.MAX_TEXT)));
            return null;
        }
        return v;
    }

    private LocalDate date(TabularRow r, String column, boolean required, List<ImportError> errors) {
        String v = r.get(column).trim();
        if (v.isEmpty()) {
            if (required) {
                errors.add(new ImportError(r.number(), column, msg("personnel.import.required")));
            }
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            try {
                d = LocalDate.parse(v, VN_DATE);
            } catch (DateTimeParseException e2) {
                errors.add(new ImportError(r.number(), column, msg("personnel.import.badDate", v)));
                return null;
            }
        }
        if (d.isBefore(ImportRowChecker.FIRST_DATE) || d.isAfter(ImportRowChecker.LAST_DATE)) {
            errors.add(new ImportError(r.number(), column, msg("personnel.import.dateOutOfRange", v)));
            return null;
        }
        return d;
    }

    /** The file's column an event's refusal is about. */
    private static String column(String field) {
        if (field == null) {
            return "effective_date";
        }
        return switch (field) {
            case "year" -> "year";
            case "rating" -> "rating";
            case "decisionDate" -> "decision_date";
            default -> "effective_date";
        };
    }

    private ImportRefusedException refused(int rows, List<ImportError> errors) {
        List<ImportError> shown = errors;
        if (errors.size() > SHOWN_ERRORS) {
            shown = new ArrayList<>(errors.subList(0, SHOWN_ERRORS));
            shown.add(new ImportError(0, "", msg("personnel.import.moreErrors", errors.size() - SHOWN_ERRORS)));
        }
        return new ImportRefusedException(ImportResult.refused(rows, shown));
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
