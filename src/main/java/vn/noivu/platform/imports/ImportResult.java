package vn.noivu.platform.imports;

import java.util.List;

/**
 * The answer to every import, whatever the module: whether the file was applied, how many data rows
 * it had, and the errors that refused it. An import applies whole or not at all.
 */
public record ImportResult(boolean applied, int rows, List<ImportError> errors) {

    public static ImportResult applied(int rows) {
        return new ImportResult(true, rows, List.of());
    }

    public static ImportResult refused(int rows, List<ImportError> errors) {
        return new ImportResult(false, rows, List.copyOf(errors));
    }
}
