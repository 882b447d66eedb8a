package vn.noivu.platform.imports;

/**
 * A file refused before its rows are checked: it cannot be read (broken ZIP, not UTF-8, a NUL byte),
 * its shape is wrong (no header, a column twice) or it is over a limit. {@code messageKey} (with
 * {@code args}) is a message of the platform bundle; {@code row} and {@code column} say where, when
 * known (row 0: the file as a whole). {@link Uploads#refusal} turns it into the user's message.
 */
public class UnreadableFileException extends RuntimeException {

    private final boolean tooLarge;
    private final int row;
    private final String column;
    private final String messageKey;
    private final transient Object[] args;

    public UnreadableFileException(int row, String column, String messageKey, Object... args) {
        this(false, row, column, messageKey, null, args);
    }

    UnreadableFileException(
            boolean tooLarge, int row, String column, String messageKey, Throwable cause, Object... args) {
        super(messageKey + " at row " + row + (column == null ? "" : ", column " + column), cause);
        this.tooLarge = tooLarge;
        this.row = row;
        this.column = column;
        this.messageKey = messageKey;
        this.args = args;
    }

    static UnreadableFileException tooLarge(String messageKey, Object... args) {
        return new UnreadableFileException(true, 0, "file", messageKey, null, args);
    }

    static UnreadableFileException because(Throwable cause, int row, String messageKey, Object... args) {
        return new UnreadableFileException(false, row, "file", messageKey, cause, args);
    }

    /** Over a limit (HTTP 413), rather than unreadable (422). */
    public boolean tooLarge() {
        return tooLarge;
    }

    public int row() {
        return row;
    }

    public String column() {
        return column;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
