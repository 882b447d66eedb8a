package vn.noivu.platform.imports;

/**
 * How much of an uploaded file an import reads before refusing it: the bytes of a CSV, the bytes of
 * an XLSX (compressed; its XML expands about tenfold) and the data rows. A file over a limit is refused
 * as soon as the limit is passed, before it costs the server more memory or time.
 */
public record ImportLimits(long maxCsvBytes, long maxXlsxBytes, int maxRows) {

    /** No limit: files the application ships itself. */
    public static final ImportLimits NONE = new ImportLimits(Long.MAX_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE);

    public ImportLimits withMaxRows(int rows) {
        return new ImportLimits(maxCsvBytes, maxXlsxBytes, rows);
    }
}
