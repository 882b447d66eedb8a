package vn.noivu.platform.imports;

import java.util.List;

/**
 * The answer to every import, whatever the module: whether the file was applied, how many data rows
 * it had, the errors that refused it and the warnings it was applied with. An import applies whole or
 * not at all: an error refuses the file (nothing written); a warning is something a reviewer should
 * look at (a source that disagrees with itself) but that does not stop the file.
 */
public record ImportResult(boolean applied, int rows, List<ImportError> errors, List<ImportError> warnings) {

    public ImportResult(boolean applied, int rows, List<ImportError> errors) {
        this(applied, rows, errors, List.of());
    }

    public static ImportResult applied(int rows) {
        return new ImportResult(true, rows, List.of(), List.of());
    }

    public static ImportResult applied(int rows, List<ImportError> warnings) {
        return new ImportResult(true, rows, List.of(), List.copyOf(warnings));
    }

    public static ImportResult refused(int rows, List<ImportError> errors) {
        return new ImportResult(false, rows, List.copyOf(errors), List.of());
    }
}
