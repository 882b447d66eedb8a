package vn.noivu.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An uploaded CSV or XLSX read whole into header-keyed rows, for imports that check a file whole
 * before writing it (bounded by their {@link ImportLimits}). Read through {@link TabularReader}, so every
 * module's imports accept the same formats and refuse the same unreadable files alike; an import that
 * can work row by row should use the reader itself.
 */
public final class TabularFile {

    private final List<String> headers;
    private final List<TabularRow> rows;
    private final String sha256;

    private TabularFile(List<String> headers, List<TabularRow> rows, String sha256) {
        this.headers = headers;
        this.rows = rows;
        this.sha256 = sha256;
    }

    public List<String> headers() {
        return headers;
    }

    public List<TabularRow> rows() {
        return rows;
    }

    /** The SHA-256 of the file's bytes. */
    public String sha256() {
        return sha256;
    }

    /** Reads a file the application trusts (no limits). */
    public static TabularFile read(String filename, InputStream in) throws IOException {
        return read(filename, in, ImportLimits.NONE);
    }

    /**
     * Reads an upload within its limits.
     *
     * @throws UnreadableFileException when the file cannot be read or is over a limit
     */
    public static TabularFile read(String filename, InputStream in, ImportLimits limits) throws IOException {
        try (TabularReader reader = TabularReader.open(filename, in, limits)) {
            List<TabularRow> rows = new ArrayList<>();
            try {
                reader.forEachRemaining(rows::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return new TabularFile(reader.headers(), rows, reader.sha256());
        }
    }

    /** The header names the file lacks, in the order given. */
    public List<String> missing(List<String> required) {
        return required.stream().filter(h -> !headers.contains(h)).toList();
    }
}
