package vn.noivu.platform.imports;

/**
 * One refused (or, as a warning, questioned) cell or row: {@code row} is the line number a spreadsheet
 * user sees (the header is row 1, the first data row is row 2; 0 is the file as a whole); {@code
 * column} is the header name; {@code message} says why, in the user's language.
 */
public record ImportError(int row, String column, String message) {}
