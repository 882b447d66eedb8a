package vn.noivu.adminunit.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.noivu.platform.imports.ImportError;

/**
 * Collects the errors of one import (any refuses the file) and its warnings (the file is applied; each
 * is kept with the import for review), worded in the user's language (row, column, reason).
 */
final class ImportErrors {

    /** More errors than this help nobody; the file is refused all the same. */
    static final int LIMIT = 500;

    private static final DateTimeFormatter SCREEN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;
    private final Locale locale;
    private final List<ImportError> errors = new ArrayList<>();
    private final List<ImportError> warnings = new ArrayList<>();
    private int total;

    ImportErrors(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void add(int row, String column, String key, Object... args) {
        total++;
        if (errors.size() < LIMIT) {
            Object[] shown = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                shown[i] = args[i] instanceof LocalDate d ? SCREEN_DATE.format(d) : args[i];
            }
            errors.add(new ImportError(row, column, messages.getMessage(key, shown, key, locale)));
        }
    }

    /** Something a reviewer should see, which does not stop the file. */
    void warn(int row, String column, String key, Object... args) {
        if (warnings.size() < LIMIT) {
            warnings.add(new ImportError(row, column, messages.getMessage(key, args, key, locale)));
        }
    }

    List<ImportError> warnings() {
        return warnings;
    }

    boolean any() {
        return total > 0;
    }

    int count() {
        return total;
    }

    List<ImportError> list() {
        if (total > errors.size()) {
            List<ImportError> all = new ArrayList<>(errors);
            all.add(new ImportError(
                    0,
                    "",
                    messages.getMessage("adminunit.import.error.more", new Object[] {total - errors.size()}, locale)));
            return all;
        }
        return errors;
    }
}
