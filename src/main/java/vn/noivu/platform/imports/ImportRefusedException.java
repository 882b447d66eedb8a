package vn.noivu.platform.imports;

/** Thrown to roll back an import whose rows broke rules; the API answers 422 with the result. */
public class ImportRefusedException extends RuntimeException {

    private final ImportResult result;

    public ImportRefusedException(ImportResult result) {
        super("Import refused: " + result.errors().size() + " error(s)");
        this.result = result;
    }

    public ImportResult result() {
        return result;
    }
}
