package vn.noivu.personnel.internal.load;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.ReaderInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.noivu.platform.imports.ImportRefusedException;
import vn.noivu.platform.imports.TabularFile;
import vn.noivu.platform.imports.TabularRow;

/**
 * The rows of an uploaded file, read one at a time: a CSV (optionally gzip-compressed, {@code .csv.gz})
 * is streamed ({@link CsvRows}), so a national file of millions of rows never sits in memory; an XLSX (at most about a
 * million rows by the format) is read through the platform's {@link TabularFile}.
 */
final class ImportRows implements Closeable, Iterator<ImportRows.Row> {

    private static final Logger log = LoggerFactory.getLogger(ImportRows.class);

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
        int magic = magic(in);
        if (name.endsWith(".gz") || magic == GZIP) {
            if (magic != GZIP) {
                throw new UnreadableFile(1, "", "personnel.import.badGzip");
            }
            try {
                in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                throw new UnreadableFile(1, "", "personnel.import.badGzip");
            }
            name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
            magic = magic(in);
        }
        if (magic == OLE2) {
            throw new UnreadableFile(1, "", "personnel.import.oldXls");
        }
        // The content decides, not the name: a spreadsheet saved as ".csv" is still a spreadsheet.
        if (magic == ZIP) {
            return xlsx(in);
        }
        if (name.endsWith(".xlsx")) {
            throw new UnreadableFile(1, "", "personnel.import.badXlsx");
        }
        BOMInputStream bom = BOMInputStream.builder()
                .setInputStream(in)
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE)
                .get();
        InputStream text = bom;
        String charset = bom.getBOMCharsetName();
        if (charset != null && !charset.equals("UTF-8")) {
            // UTF-16 ("Unicode text" of some spreadsheets) is read through a strict decoder and
            // re-encoded: rare and small, it need not be fast; a broken one refuses the file.
            text = ReaderInputStream.builder()
                    .setReader(
                            new InputStreamReader(bom, Charset.forName(charset).newDecoder()))
                    .setCharset(StandardCharsets.UTF_8)
                    .get();
        }
        CsvRows csv = new CsvRows(text);
        return new ImportRows(csv.headers(), csv, csv);
    }

    private static final int GZIP = 1;
    private static final int ZIP = 2;
    private static final int OLE2 = 3;

    /** What the first bytes of the stream (left in it) say it is: gzip, ZIP (XLSX), OLE2 (XLS) or -1. */
    private static int magic(InputStream in) throws IOException {
        in.mark(4);
        byte[] b = in.readNBytes(4);
        in.reset();
        if (b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
            return GZIP;
        }
        if (b.length == 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return ZIP;
        }
        if (b.length == 4 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && b[2] == 0x11 && (b[3] & 0xFF) == 0xE0) {
            return OLE2;
        }
        return -1;
    }

    /**
     * An XLSX through the platform's reader; a damaged one, or one whose content is not a workbook,
     * refuses the file with a message (POI says why in many exception types, none of them the user's).
     */
    private static ImportRows xlsx(InputStream in) throws IOException {
        TabularFile file;
        try {
            file = TabularFile.read("file.xlsx", in);
        } catch (ImportRefusedException e) {
            throw e;
        } catch (vn.noivu.platform.imports.UnreadableFileException e) {
            // The platform's reader refuses a NUL in a cell itself: keep the row and column it names.
            if ("import.file.nul".equals(e.messageKey())) {
                throw new UnreadableFile(e.row(), e.column(), "personnel.import.nul");
            }
            log.info("Personnel import: an unreadable XLSX refused ({})", e.toString());
            throw new UnreadableFile(1, "", "personnel.import.badXlsx");
        } catch (IOException | RuntimeException e) {
            log.info("Personnel import: an unreadable XLSX refused ({})", e.toString());
            throw new UnreadableFile(1, "", "personnel.import.badXlsx");
        }
        List<String> headers = file.headers();
        List<Row> rows = new ArrayList<>(file.rows().size());
        for (TabularRow r : file.rows()) {
            String[] cells = new String[headers.size()];
            for (int i = 0; i < cells.length; i++) {
                String value = r.get(headers.get(i));
                // A spreadsheet cell can hold NUL (written "_x0000_"); PostgreSQL text cannot.
                if (value.indexOf('\0') >= 0) {
                    throw new UnreadableFile(r.number(), headers.get(i), "personnel.import.nul");
                }
                cells[i] = value;
            }
            rows.add(new Row(r.number(), cells));
        }
        return new ImportRows(headers, rows.iterator(), in);
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
