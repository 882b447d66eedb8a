package vn.noivu.adminunit.internal;

import java.time.LocalDate;
import java.util.List;
import vn.noivu.platform.imports.TabularRow;

/** {@code history}: unit-level changes with before and after state (in progress). */
final class HistoryImport {

    static final List<String> COLUMNS = List.of("effective_date", "change_type", "level", "code");

    private final ImportErrors errors;

    HistoryImport(Timeline timeline, ImportErrors errors, LocalDate completeFrom, String legalBasis) {
        this.errors = errors;
    }

    LocalDate run(List<TabularRow> rows) {
        errors.add(0, "kind", "adminunit.import.error.kind");
        return null;
    }
}
