package vn.noivu.adminunit.internal;

import java.time.LocalDate;
import java.util.List;
import vn.noivu.platform.imports.TabularRow;

/** {@code mapping}: old → new units on a date (in progress). */
final class MappingImport {

    static final List<String> COLUMNS =
            List.of("old_code", "old_level", "new_code", "new_level", "new_name", "relation");

    private final ImportErrors errors;

    MappingImport(Timeline timeline, ImportErrors errors, LocalDate date, String legalBasis) {
        this.errors = errors;
    }

    void run(List<TabularRow> rows) {
        errors.add(0, "kind", "adminunit.import.error.kind");
    }
}
