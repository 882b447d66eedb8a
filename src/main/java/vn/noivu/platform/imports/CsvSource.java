package vn.noivu.platform.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV read as it arrives. The encoding is UTF-8 unless a byte-order mark says UTF-16 (or the first
 * bytes are plainly UTF-16: every other byte zero); bytes that are not valid in it become U+FFFD, which
 * {@link TabularReader} refuses at their row and column — a Windows-1258 or Windows-1252 file is not valid UTF-8 as soon as it has a Vietnamese
 * letter, and guessing between code pages would store wrong names. The separator is the one of
 * {@code , ; tab} the header line uses most (Excel in a Vietnamese locale saves with {@code ;}).
 */
final class CsvSource implements TabularReader.Source {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Charset charset;

    private CsvSource(CSVParser parser, Charset charset) {
        this.parser = parser;
        this.records = parser.iterator();
        this.charset = charset;
    }

    static CsvSource open(InputStream in) throws IOException {
        in.mark(4);
        byte[] bom = in.readNBytes(4);
        in.reset();
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bom.length >= 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (bom.length >= 2 && (bom[0] & 0xFF) == 0xFF && (bom[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bom.length >= 2 && (bom[0] & 0xFF) == 0xFE && (bom[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bom.length >= 4 && bom[0] != 0 && bom[1] == 0 && bom[2] != 0 && bom[3] == 0) {
            charset = StandardCharsets.UTF_16LE;
        } else if (bom.length >= 4 && bom[0] == 0 && bom[1] != 0 && bom[2] == 0 && bom[3] != 0) {
            charset = StandardCharsets.UTF_16BE;
        }
        in.skipNBytes(skip);
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(
                        in,
                        charset.newDecoder()
                                .onMalformedInput(CodingErrorAction.REPLACE)
                                .onUnmappableCharacter(CodingErrorAction.REPLACE)),
                1 << 16);
        char delimiter = delimiter(reader);
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
        return new CsvSource(
                CSVParser.builder().setReader(reader).setFormat(format).get(), charset);
    }

    /** The separator the header line uses most, outside quotes; a comma when it uses none. */
    private static char delimiter(BufferedReader reader) throws IOException {
        int limit = 1 << 16;
        reader.mark(limit);
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < limit; i++) {
            int c = reader.read();
            if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        reader.reset();
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }

    @Override
    public TabularReader.Record next() throws IOException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            List<String> cells = new ArrayList<>(record.size());
            record.forEach(cells::add);
            // A record may span lines (a quoted line break); spreadsheets count records.
            return new TabularReader.Record((int) record.getRecordNumber(), cells);
        } catch (UncheckedIOException e) {
            int row = (int) parser.getCurrentLineNumber() + 1;
            throw UnreadableFileException.because(e, row, "import.file.csvSyntax", row);
        } catch (IllegalStateException e) {
            // commons-csv reports some malformed input (an unclosed quote) this way.
            int row = (int) parser.getCurrentLineNumber() + 1;
            throw UnreadableFileException.because(e, row, "import.file.csvSyntax", row);
        }
    }

    /** The encoding the file was read in. */
    Charset charset() {
        return charset;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
