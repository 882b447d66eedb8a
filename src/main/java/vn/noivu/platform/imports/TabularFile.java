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
    /** The header as the file wrote it, by the technical name it was read under (renamed files only). */
    private final java.util.Map<String, String> original;

    private TabularFile(List<String> headers, List<TabularRow> rows, String sha256) {
        this(headers, rows, sha256, java.util.Map.of());
    }

    private TabularFile(
            List<String> headers, List<TabularRow> rows, String sha256, java.util.Map<String, String> original) {
        this.headers = headers;
        this.rows = rows;
        this.sha256 = sha256;
        this.original = original;
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

    /**
     * The same file with some headers read under other names ({@code renames}: as written → technical),
     * so that a template's Vietnamese headers reach an import as the names it reads.
     */
    TabularFile renamed(java.util.Map<String, String> renames) {
        List<String> renamedHeaders =
                headers.stream().map(h -> renames.getOrDefault(h, h)).toList();
        List<TabularRow> renamedRows = new ArrayList<>(rows.size());
        for (TabularRow row : rows) {
            java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
            row.values().forEach((k, v) -> values.put(renames.getOrDefault(k, k), v));
            renamedRows.add(new TabularRow(row.number(), values));
        }
        java.util.Map<String, String> original = new java.util.HashMap<>();
        renames.forEach((written, technical) -> original.put(technical, written));
        return new TabularFile(renamedHeaders, renamedRows, sha256, original);
    }

    /** The header as the file wrote it for a column read as {@code header}. */
    public String originalHeader(String header) {
        return header == null ? null : original.getOrDefault(header, header);
    }

    /** The header names the file lacks, in the order given. */
    public List<String> missing(List<String> required) {
        return required.stream().filter(h -> !headers.contains(h)).toList();
    }
}
