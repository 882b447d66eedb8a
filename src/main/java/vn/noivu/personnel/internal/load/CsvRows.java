package vn.noivu.personnel.internal.load;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The records of a CSV file (RFC 4180, UTF-8; header first, empty lines skipped, cells trimmed) read
 * straight from bytes. A national file has tens of millions of cells: reading them without a character
 * decoder, and handing out one shared {@link String} for the values a column repeats (unit, category,
 * rank, position, dates), keeps the import's Java side ahead of the database.
 *
 * <p>The separator is the comma, or the semicolon or tab when the header has no comma but one of
 * those (a spreadsheet saved with Vietnamese regional settings writes semicolons). A cell that is not
 * UTF-8 (a file saved as Windows-1258) or holds a NUL byte refuses the file at its row and column
 * ({@link UnreadableFile}): the check runs only on cells with a byte outside printable ASCII, which
 * the copy loop notes anyway, so ASCII cells (codes, dates, ID numbers) cost nothing more.
 */
final class CsvRows implements Iterator<ImportRows.Row>, Closeable {

    /** A quoted cell that never ends: the file is cut or malformed from that row on. */
    static final class UnclosedQuote extends UnreadableFile {
        UnclosedQuote(int row) {
            super(row, "", "personnel.import.unclosedQuote");
        }
    }

    /** Longer than any value a dossier keeps, by far: a cell beyond it is not personnel data. */
    static final int MAX_CELL_BYTES = 1 << 20;

    /** Columns a header may have: the format has sixteen. */
    static final int MAX_COLUMNS = 1000;

    private final InputStream in;
    private final byte[] buf = new byte[1 << 20];
    private int pos;
    private int limit;
    private boolean eof;

    private byte[] cell = new byte[256];
    private int cellLength;
    /** Whether the cell is printable-free-of-NUL ASCII: false sends it to {@link #invalidAt}. */
    private boolean cellAscii;

    private boolean lastCellQuoted;
    private final byte separator;

    private final List<String> headers;
    private final Repeats[] repeats;
    private final List<String> scratch = new ArrayList<>();
    private int records;
    private ImportRows.Row next;

    CsvRows(InputStream in) throws IOException {
        this.in = in;
        this.separator = separator();
        List<String> first = record(null) ? List.copyOf(scratch) : List.of();
        this.headers = first;
        this.repeats = new Repeats[first.size()];
        for (int i = 0; i < repeats.length; i++) {
            repeats[i] = new Repeats();
        }
    }

    List<String> headers() {
        return headers;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                String[] cells = new String[headers.size()];
                if (record(cells)) {
                    // Row numbers as a spreadsheet shows them: the header is row 1.
                    next = new ImportRows.Row(records, cells);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return next != null;
    }

    @Override
    public ImportRows.Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ImportRows.Row row = next;
        next = null;
        return row;
    }

    /**
     * Reads the next non-empty record into {@code cells} (missing cells stay empty, extra ones are
     * dropped) or, for the header, into {@link #scratch}; false at the end of the file.
     */
    private boolean record(String[] cells) throws IOException {
        while (true) {
            if (peek() < 0) {
                return false;
            }
            scratch.clear();
            int column = 0;
            int end;
            do {
                end = readCell();
                if (!cellAscii) {
                    refuseInvalid(column);
                }
                if (cells == null) {
                    scratch.add(decode());
                    if (scratch.size() > MAX_COLUMNS) {
                        throw new UnreadableFile(1, "", "personnel.import.tooManyColumns", MAX_COLUMNS);
                    }
                } else if (column < cells.length) {
                    cells[column] = repeats[column].get(cell, cellLength, cellAscii);
                }
                column++;
            } while (end == ',');
            if (column == 1 && cellLength == 0 && !lastCellQuoted) {
                continue; // an empty line
            }
            records++;
            if (cells != null) {
                for (int i = column; i < cells.length; i++) {
                    cells[i] = "";
                }
            }
            return true;
        }
    }

    /** Reads one cell into {@link #cell}, trimmed; returns what ended it: ',' (any separator), '\n' or -1. */
    private int readCell() throws IOException {
        cellLength = 0;
        cellAscii = true;
        lastCellQuoted = false;
        int b;
        if (peek() == '"') {
            read();
            lastCellQuoted = true;
            while (true) {
                b = read();
                if (b < 0) {
                    throw new UnclosedQuote(records + 1);
                }
                if (b == '"') {
                    b = read();
                    if (b != '"') {
                        break;
                    }
                }
                append(b);
            }
            // After the closing quote the cell should end; anything else is kept as written.
            while (b >= 0 && b != separator && b != '\n' && b != '\r') {
                append(b);
                b = read();
            }
        } else {
            b = plainCell();
        }
        if (b == '\r') {
            if (peek() == '\n') {
                read();
            }
            b = '\n';
        }
        trim();
        return b == separator ? ',' : (b < 0 ? -1 : '\n');
    }

    /**
     * An unquoted cell, copied a buffer's run at a time (most cells): returns the byte that ended it
     * (consumed) or -1 at the end of the file.
     */
    private int plainCell() throws IOException {
        while (true) {
            byte[] a = buf;
            int i = pos;
            int end = limit;
            byte sep = separator;
            boolean ascii = true;
            while (i < end) {
                byte x = a[i];
                if (x == sep || x == '\n' || x == '\r') {
                    break;
                }
                ascii &= x > 0; // a NUL byte, like a non-ASCII one, sends the cell to the UTF-8 check
                i++;
            }
            int length = i - pos;
            if (cellLength + length > cell.length) {
                grow(cellLength + length);
            }
            System.arraycopy(a, pos, cell, cellLength, length);
            cellLength += length;
            cellAscii &= ascii;
            pos = i;
            if (i < end) {
                pos++;
                return a[i];
            }
            if (!fill()) {
                return -1;
            }
        }
    }

    private void append(int b) {
        if (cellLength == cell.length) {
            grow(cellLength + 1);
        }
        cell[cellLength++] = (byte) b;
        cellAscii &= b > 0 && b < 0x80;
    }

    private void grow(int needed) {
        if (needed > MAX_CELL_BYTES) {
            throw new UnreadableFile(records + 1, "", "personnel.import.cellTooLong", MAX_CELL_BYTES);
        }
        cell = Arrays.copyOf(cell, Math.max(cell.length * 2, needed));
    }

    /** Refuses the file if the cell just read holds a NUL byte or bytes that are not UTF-8. */
    private void refuseInvalid(int column) {
        int at = invalidAt(cell, cellLength);
        if (at >= 0) {
            String name = headers != null && column < headers.size() ? headers.get(column) : "";
            throw cell[at] == 0
                    ? new UnreadableFile(records + 1, name, "personnel.import.nul")
                    : new UnreadableFile(records + 1, name, "personnel.import.notUtf8");
        }
    }

    /**
     * The index of the first NUL byte or byte that does not belong to well-formed UTF-8 (the rules of
     * Unicode's table 3-7: no overlong forms, no surrogates, nothing beyond U+10FFFF), or -1.
     */
    static int invalidAt(byte[] b, int length) {
        int i = 0;
        while (i < length) {
            int x = b[i] & 0xFF;
            if (x < 0x80) {
                if (x == 0) {
                    return i;
                }
                i++;
                continue;
            }
            int more;
            int low = 0x80;
            int high = 0xBF;
            if (x >= 0xC2 && x <= 0xDF) {
                more = 1;
            } else if (x >= 0xE0 && x <= 0xEF) {
                more = 2;
                low = x == 0xE0 ? 0xA0 : 0x80;
                high = x == 0xED ? 0x9F : 0xBF;
            } else if (x >= 0xF0 && x <= 0xF4) {
                more = 3;
                low = x == 0xF0 ? 0x90 : 0x80;
                high = x == 0xF4 ? 0x8F : 0xBF;
            } else {
                return i;
            }
            if (i + more >= length) {
                return i;
            }
            int second = b[i + 1] & 0xFF;
            if (second < low || second > high) {
                return i;
            }
            for (int k = 2; k <= more; k++) {
                int next = b[i + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return i;
                }
            }
            i += more + 1;
        }
        return -1;
    }

    /**
     * The separator, from the header line: a comma; or a semicolon or a tab when the line has no
     * comma (the column names hold none of the three).
     */
    private byte separator() throws IOException {
        if (peek() < 0) {
            return ',';
        }
        boolean semicolon = false;
        boolean tab = false;
        for (int i = pos; i < limit && buf[i] != '\n'; i++) {
            if (buf[i] == ',') {
                return ',';
            }
            semicolon |= buf[i] == ';';
            tab |= buf[i] == '\t';
        }
        return semicolon ? (byte) ';' : tab ? (byte) '\t' : (byte) ',';
    }

    /** As {@link String#trim()}: spaces and control characters at both ends (all ASCII bytes). */
    private void trim() {
        int start = 0;
        while (start < cellLength && (cell[start] & 0xFF) <= ' ') {
            start++;
        }
        int end = cellLength;
        while (end > start && (cell[end - 1] & 0xFF) <= ' ') {
            end--;
        }
        if (start > 0) {
            System.arraycopy(cell, start, cell, 0, end - start);
        }
        cellLength = end - start;
    }

    private String decode() {
        return decode(cell, cellLength, cellAscii);
    }

    static String decode(byte[] bytes, int length, boolean ascii) {
        return new String(bytes, 0, length, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    private int read() throws IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    private int peek() throws IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buf[pos] & 0xFF;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n;
        try {
            n = in.readNBytes(buf, 0, buf.length);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            // A gzip stream that is damaged or cut: the rows before were read, this one cannot be.
            throw new UnreadableFile(records + 1, "", "personnel.import.badGzip");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UnreadableFile(records + 1, "", "personnel.import.badUtf16");
        }
        pos = 0;
        limit = n;
        eof = n < buf.length;
        return n > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * The values a column has already given, so that a repeated one is the same {@link String} (its
     * hash computed once, compared by identity in the catalogues' maps). A column whose values rarely
     * repeat (ID numbers, names) stops being remembered after a sample.
     */
    private static final class Repeats {
        private static final int SLOTS = 1 << 14;
        private static final int SAMPLE = 1 << 13;

        private final byte[][] keys = new byte[SLOTS][];
        private final String[] values = new String[SLOTS];
        private int lookups;
        private int hits;
        private boolean on = true;

        String get(byte[] bytes, int length, boolean ascii) {
            if (length == 0) {
                return "";
            }
            if (!on || length > 32) {
                return decode(bytes, length, ascii);
            }
            int h = 0;
            for (int i = 0; i < length; i++) {
                h = 31 * h + bytes[i];
            }
            int slot = (h ^ (h >>> 14)) & (SLOTS - 1);
            byte[] key = keys[slot];
            if (++lookups == SAMPLE && hits < SAMPLE / 2) {
                on = false;
            }
            if (key != null && same(key, bytes, length)) {
                hits++;
                return values[slot];
            }
            String value = decode(bytes, length, ascii);
            keys[slot] = Arrays.copyOf(bytes, length);
            values[slot] = value;
            return value;
        }

        /** A plain loop: for cells of a few bytes it is faster than the vectorised comparison. */
        private static boolean same(byte[] key, byte[] bytes, int length) {
            if (key.length != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (key[i] != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
