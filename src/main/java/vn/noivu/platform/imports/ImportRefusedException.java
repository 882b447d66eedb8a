package vn.noivu.platform.imports;

/**
 * Thrown to roll back an import whose rows broke rules, or to refuse a file that cannot be read; the
 * API answers {@link #status()} (422 by default; 413 for a file over a limit, 503 when the server
 * already runs as many imports as it may) with the result.
 */
public class ImportRefusedException extends RuntimeException {

    private final transient ImportResult result;
    private final int status;

    public ImportRefusedException(ImportResult result) {
        this(result, 422);
    }

    public ImportRefusedException(ImportResult result, int status) {
        super("Import refused: " + result.errors().size() + " error(s)");
        this.result = result;
        this.status = status;
    }

    public ImportResult result() {
        return result;
    }

    /** The HTTP status that answers this refusal. */
    public int status() {
        return status;
    }
}
