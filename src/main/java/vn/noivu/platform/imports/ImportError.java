package vn.noivu.platform.imports;

/**
 * One refused (or, as a warning, questioned) cell or row: {@code row} is the line number a spreadsheet
 * user sees (the header is row 1, the first data row is row 2; 0 is the file as a whole); {@code
 * column} is the header name; {@code message} says why, in the user's language; {@code value} is what
 * the cell held, when known (filled in by {@link Uploads} from the file for every module alike).
 */
public record ImportError(int row, String column, String message, String value) {

    public ImportError(int row, String column, String message) {
        this(row, column, message, null);
    }
}
