package vn.noivu.personnel.internal.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.noivu.platform.imports.ImportError;
import vn.noivu.platform.imports.ImportRefusedException;
import vn.noivu.platform.imports.ImportResult;

/** What is wrong with an import file: every problem counted, the first {@link #MAX_LISTED} kept to show. */
final class ImportProblems {

    /** At most this many errors are listed; the rest are counted. */
    static final int MAX_LISTED = 1000;

    private record Problem(int row, String column, String key, Object... args) {}

    private final List<Problem> listed = new ArrayList<>();
    private int count;

    /** The longest value an error message repeats: a 100,000-character cell is not echoed back whole. */
    static final int MAX_QUOTED = 60;

    void add(int row, String column, String key, Object... args) {
        count++;
        if (listed.size() < MAX_LISTED) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof String s && s.length() > MAX_QUOTED) {
                    args[i] = s.substring(0, MAX_QUOTED) + "…";
                }
            }
            listed.add(new Problem(row, column, key, args));
        }
    }

    boolean any() {
        return count > 0;
    }

    int count() {
        return count;
    }

    /** The refusal to throw: rows by number, in the user's language, and how many more were not listed. */
    ImportRefusedException refusal(int rows, MessageSource messages, Locale locale) {
        List<ImportError> errors = listed.stream()
                .sorted(Comparator.comparingInt(Problem::row))
                .limit(MAX_LISTED)
                .map(p -> new ImportError(p.row(), p.column(), messages.getMessage(p.key(), p.args(), p.key(), locale)))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        if (count > errors.size()) {
            errors.add(new ImportError(
                    0,
                    "",
                    messages.getMessage("personnel.import.moreErrors", new Object[] {count - errors.size()}, locale)));
        }
        return new ImportRefusedException(ImportResult.refused(rows, errors));
    }
}
