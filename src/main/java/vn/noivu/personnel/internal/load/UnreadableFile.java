package vn.noivu.personnel.internal.load;

/**
 * A file that cannot be read on from a row on (a quote that never closes, bytes that are not UTF-8, a
 * NUL byte, a damaged compressed stream or spreadsheet): the import refuses it with this message at
 * this row and column instead of storing what a lenient reader would make of it.
 */
class UnreadableFile extends RuntimeException {

    final int row;
    final String column;
    final String key;
    final transient Object[] args;

    UnreadableFile(int row, String column, String key, Object... args) {
        super(key + " at row " + row + (column.isEmpty() ? "" : ", column " + column));
        this.row = row;
        this.column = column;
        this.key = key;
        this.args = args;
    }
}
