package vn.noivu.organization.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns problems into sentences in the user's language (dates as dd/MM/yyyy). */
@Component
public class ProblemMessages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String text(Problem p) {
        return text(p.messageKey(), p.args());
    }

    public String text(String key, Object... args) {
        Object[] shown = args == null
                ? new Object[0]
                : Arrays.stream(args)
                        .map(a -> a instanceof LocalDate d ? DATE.format(d) : a == null ? "—" : a)
                        .toArray();
        return messages.getMessage(key, shown, key, LocaleContextHolder.getLocale());
    }

    /** Arguments with dates formatted, for a BusinessRuleException. */
    public static Object[] shown(Object... args) {
        return args == null
                ? new Object[0]
                : Arrays.stream(args)
                        .map(a -> a instanceof LocalDate d ? DATE.format(d) : a == null ? "—" : a)
                        .toArray();
    }
}
