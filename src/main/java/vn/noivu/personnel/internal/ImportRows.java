package vn.noivu.personnel.internal;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.io.input.BOMInputStream;
import vn.noivu.platform.imports.TabularFile;

/**
 * The rows of an uploaded file, read one at a time: a CSV (optionally gzip-compressed, {@code .csv.gz})
 * is streamed ({@link CsvRows}), so a national file of millions of rows never sits in memory; an XLSX (at most about a
 * million rows by the format) is read through the platform's {@link TabularFile}.
 */
final class ImportRows implements Closeable, Iterator<ImportRows.Row> {

    /** A data row: its spreadsheet row number and its cells in the order of {@link #headers()}. */
    record Row(int number, String[] cells) {}

    private final List<String> headers;
    private final Iterator<Row> rows;
    private final Closeable resource;

    private ImportRows(List<String> headers, Iterator<Row> rows, Closeable resource) {
        this.headers = headers;
        this.rows = rows;
        this.resource = resource;
    }

    static ImportRows open(String filename, InputStream raw) throws IOException {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        if (name.endsWith(".gz")) {
            in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".xlsx")) {
            TabularFile file = TabularFile.read(name, in);
            List<String> headers = file.headers();
            Iterator<Row> rows = file.rows().stream()
                    .map(r -> new Row(r.number(), headers.stream().map(r::get).toArray(String[]::new)))
                    .iterator();
            return new ImportRows(headers, rows, in);
        }
        CsvRows csv = new CsvRows(BOMInputStream.builder().setInputStream(in).get());
        return new ImportRows(csv.headers(), csv, csv);
    }

    List<String> headers() {
        return headers;
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public Row next() {
        return rows.next();
    }

    @Override
    public void close() throws IOException {
        resource.close();
    }
}
