package vn.noivu.platform.exports;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the CSV exports of every module (RFC 4180, UTF-8 with a byte-order mark so that Excel reads the
 * Vietnamese letters). Text that a spreadsheet would read as a formula ({@code =}, {@code +}, {@code -},
 * {@code @}, tab, carriage return at the start) gets a leading apostrophe, as OWASP's "CSV injection"
 * advice says: a name imported as {@code =HYPERLINK(…)} is shown, never run. Numbers (Java numbers,
 * or text that is only a number such as {@code -57}) are written as they are, so a negative change
 * stays a number.
 */
public final class CsvWriter implements Closeable {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private final CSVPrinter printer;

    private CsvWriter(Appendable out, char delimiter) throws IOException {
        this.printer = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get());
    }

    /** A writer that first writes the byte-order mark. */
    public static CsvWriter withBom(Appendable out) {
        return withBom(out, ',');
    }

    /**
     * A writer with another separator: Excel set to Vietnamese (decimal comma) splits a CSV at {@code ;},
     * not at the comma.
     */
    public static CsvWriter withBom(Appendable out, char delimiter) {
        try {
            out.append('\uFEFF');
            return new CsvWriter(out, delimiter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record; {@code null} is an empty cell. */
    public void row(Object... values) {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = cell(values[i]);
        }
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(Iterable<?> values) {
        java.util.List<Object> list = new java.util.ArrayList<>();
        values.forEach(list::add);
        row(list.toArray());
    }

    static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value;
        }
        return neutralised(value.toString());
    }

    /** The text with a leading apostrophe when a spreadsheet would take it for a formula. */
    public static String neutralised(String text) {
        if (text.isEmpty() || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
