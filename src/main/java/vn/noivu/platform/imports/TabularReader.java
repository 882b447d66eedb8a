package vn.noivu.platform.imports;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The rows of an uploaded CSV or XLSX, read one at a time so that no upload sits whole in memory. The
 * one place where every module's imports meet a real file: an XLSX is told from its content (one named
 * .csv is read as XLSX; a file named .xlsx that is not one is refused), a CSV's encoding from its byte-order mark
 * (UTF-8, UTF-16LE/BE; without one it must be valid UTF-8 — a Windows code page is refused, never
 * stored as mojibake) and its separator ({@code ,} {@code ;} or tab) from the header line. Refused
 * with an {@link UnreadableFileException} naming row and column: an empty file, a header named twice,
 * a NUL byte or a replacement character (U+FFFD) in a cell, a cell over Excel's 32,767 characters, a
 * broken ZIP, and — as too large — a file over its {@link ImportLimits} in bytes or rows.
 *
 * <p>Blank rows are skipped; {@link TabularRow#number()} is the row a spreadsheet shows (the header is
 * row 1). Cells are text exactly as shown: official codes keep their leading zeros; XLSX dates are ISO.
 */
public final class TabularReader implements Closeable, Iterator<TabularRow> {

    /** Excel's own limit of a cell, so that whatever is imported can be exported again. */
    public static final int MAX_CELL = 32_767;

    /** The kind of file found. */
    public enum Format {
        CSV,
        XLSX
    }

    /** Where the cells come from: a CSV parser or an XLSX sheet. */
    interface Source extends Closeable {
        /** The next record (header first), or null at the end; blank records may be returned. */
        Record next() throws IOException;
    }

    /** A record of the file: its spreadsheet row number and its cells. */
    record Record(int number, List<String> cells) {}

    private final Source source;
    private final CappedInputStream counted;
    private final Format format;
    private final List<String> headers;
    private final Map<String, Integer> index;
    private final ImportLimits limits;
    private TabularRow next;
    private int rows;

    private TabularReader(Source source, CappedInputStream counted, Format format, ImportLimits limits)
            throws IOException {
        this.source = source;
        this.counted = counted;
        this.format = format;
        this.limits = limits;
        Record header = nextNonBlank();
        if (header == null) {
            throw new UnreadableFileException(0, "file", "import.file.empty");
        }
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip();
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1).strip();
            }
            checkCell(header.number(), name.isEmpty() ? "#" + (i + 1) : name, name);
            if (!name.isEmpty()) {
                Integer first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
                if (first != null) {
                    throw new UnreadableFileException(
                            header.number(), name, "import.file.duplicateHeader", name, first + 1, i + 1);
                }
            }
            names.add(name);
        }
        this.headers = Collections.unmodifiableList(names);
        this.index = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).isEmpty()) {
                index.put(names.get(i), i);
            }
        }
    }

    /**
     * Opens an upload. The stream is read as the rows are; {@link #close()} closes it.
     *
     * @throws UnreadableFileException when the file cannot be read (or is over a limit)
     */
    public static TabularReader open(String filename, InputStream in, ImportLimits limits) throws IOException {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        // The bytes are counted against the larger limit until the format is known, then the right one.
        long largest = Math.max(limits.maxCsvBytes(), limits.maxXlsxBytes());
        CappedInputStream counted = new CappedInputStream(in, largest, "import.file.tooLarge");
        BufferedInputStream buffered = new BufferedInputStream(counted, 1 << 16);
        buffered.mark(16);
        byte[] magic = buffered.readNBytes(8);
        buffered.reset();
        try {
            if (magic.length == 0) {
                throw new UnreadableFileException(0, "file", "import.file.empty");
            }
            if (isZip(magic)) {
                counted.limit(limits.maxXlsxBytes(), "import.file.tooLargeXlsx");
                return new TabularReader(XlsxSource.open(buffered), counted, Format.XLSX, limits);
            }
            if (isOle2(magic)) {
                // An .xls of Excel 97–2003, or an XLSX saved with a password: both are OLE2 containers.
                throw new UnreadableFileException(0, "file", "import.file.oldExcel");
            }
            if (name.endsWith(".xlsx")) {
                // Named a spreadsheet but not one: a broken download, or a CSV renamed — say so.
                throw new UnreadableFileException(0, "file", "import.file.notXlsx");
            }
            counted.limit(limits.maxCsvBytes(), "import.file.tooLarge");
            return new TabularReader(CsvSource.open(buffered), counted, Format.CSV, limits);
        } catch (IOException | RuntimeException e) {
            buffered.close();
            throw e;
        }
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5) && (b[3] == 4 || b[3] == 6);
    }

    private static boolean isOle2(byte[] b) {
        return b.length >= 4 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && b[2] == 0x11 && (b[3] & 0xFF) == 0xE0;
    }

    public Format format() {
        return format;
    }

    /** The header names as written (trimmed); a blank header's column is not read. */
    public List<String> headers() {
        return headers;
    }

    /** The header names the file lacks, in the order given. */
    public List<String> missing(List<String> required) {
        return required.stream().filter(h -> !index.containsKey(h)).toList();
    }

    /** The data rows read so far. */
    public int rowsRead() {
        return rows;
    }

    /** The SHA-256 of the file's bytes; complete once every row was read. */
    public String sha256() {
        return counted.sha256();
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = read();
        }
        return next != null;
    }

    @Override
    public TabularRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        TabularRow row = next;
        next = null;
        return row;
    }

    private TabularRow read() {
        Record record;
        try {
            record = nextNonBlank();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (record == null) {
            return null;
        }
        if (++rows > limits.maxRows()) {
            throw UnreadableFileException.tooLarge("import.file.tooManyRows", limits.maxRows());
        }
        Map<String, String> values = new LinkedHashMap<>(index.size() * 2);
        List<String> cells = record.cells();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            int i = e.getValue();
            String value = i < cells.size() ? cells.get(i) : "";
            checkCell(record.number(), e.getKey(), value);
            values.put(e.getKey(), value);
        }
        return new TabularRow(record.number(), values);
    }

    private Record nextNonBlank() throws IOException {
        Record r;
        while ((r = source.next()) != null) {
            for (String cell : r.cells()) {
                if (!cell.isBlank()) {
                    return r;
                }
            }
        }
        return null;
    }

    private void checkCell(int row, String column, String value) {
        if (value.length() > MAX_CELL) {
            throw new UnreadableFileException(row, column, "import.file.cellTooLong", column, MAX_CELL);
        }
        if (value.indexOf('\u0000') >= 0) {
            throw new UnreadableFileException(row, column, "import.file.nul", column);
        }
        if (value.indexOf('\uFFFD') >= 0) {
            // In a CSV: bytes not valid in its encoding (decoded as U+FFFD), or an earlier conversion's.
            if (source instanceof CsvSource csv) {
                throw new UnreadableFileException(
                        row, column, "import.file.encoding", row, csv.charset().displayName(), column);
            }
            throw new UnreadableFileException(row, column, "import.file.replacementCharacter", column);
        }
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
