package vn.noivu.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The first sheet of an XLSX, read as a stream of rows (StAX over the sheet's XML) instead of POI's
 * whole-workbook model, which needs about a kilobyte of heap per cell. The upload is first copied to a
 * temporary file (bounded by the caller's byte limit) so that the ZIP is read by random access rather
 * than held in memory. What still sits in memory is the shared-string table, hence its own limit.
 */
final class XlsxSource implements TabularReader.Source {

    /** The largest shared-string part read (uncompressed XML); beyond it the file is refused as too large. */
    static final long MAX_SHARED_STRINGS = 64L * 1024 * 1024;

    static {
        // A part may expand to at most this (POI's default is 4 GB); the inflate ratio guard stays on.
        ZipSecureFile.setMaxEntrySize(1024L * 1024 * 1024);
    }

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private final Path temp;
    private final OPCPackage pkg;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private int lastRow;

    private XlsxSource(
            Path temp, OPCPackage pkg, InputStream sheet, ReadOnlySharedStringsTable strings, StylesTable styles)
            throws XMLStreamException {
        this.temp = temp;
        this.pkg = pkg;
        this.sheet = sheet;
        this.strings = strings;
        this.styles = styles;
        this.xml = XML.createXMLStreamReader(sheet);
    }

    static XlsxSource open(InputStream in) throws IOException {
        Path temp = Files.createTempFile("noivu-import-", ".xlsx");
        OPCPackage pkg = null;
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                in.transferTo(out);
            }
            in.close();
            pkg = OPCPackage.open(temp.toFile(), PackageAccess.READ);
            for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
                if (part.getSize() > MAX_SHARED_STRINGS) {
                    throw UnreadableFileException.tooLarge(
                            "import.file.tooManyStrings", CappedInputStream.megabytes(MAX_SHARED_STRINGS));
                }
            }
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException(0, "file", "import.file.empty");
            }
            return new XlsxSource(temp, pkg, sheets.next(), strings, styles);
        } catch (UnreadableFileException e) {
            discard(pkg, temp);
            throw e;
        } catch (IOException
                | OpenXML4JException
                | org.xml.sax.SAXException
                | XMLStreamException
                | RuntimeException e) {
            discard(pkg, temp);
            if (e.getMessage() != null && e.getMessage().contains("Zip bomb")) {
                throw UnreadableFileException.tooLarge("import.file.zipBomb");
            }
            throw UnreadableFileException.because(e, 0, "import.file.brokenXlsx");
        }
    }

    @Override
    public TabularReader.Record next() throws IOException {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    return row();
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof UnreadableFileException u) {
                throw u;
            }
            throw UnreadableFileException.because(e, lastRow + 1, "import.file.brokenXlsxRow", lastRow + 1);
        }
    }

    /** At a {@code <row>}: its cells up to {@code </row>}, by column. */
    private TabularReader.Record row() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        int number = r == null ? lastRow + 1 : Integer.parseInt(r);
        lastRow = number;
        List<String> cells = new ArrayList<>();
        int column = -1;
        String type = null;
        String style = null;
        StringBuilder value = new StringBuilder();
        boolean inValue = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "c" -> {
                        String ref = xml.getAttributeValue(null, "r");
                        column = ref == null ? column + 1 : column(ref);
                        type = xml.getAttributeValue(null, "t");
                        style = xml.getAttributeValue(null, "s");
                        value.setLength(0);
                    }
                    case "v", "t" -> inValue = true;
                    default -> {}
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (inValue) {
                    if (value.length() + xml.getTextLength() > TabularReader.MAX_CELL * 8) {
                        throw new UnreadableFileException(
                                number,
                                CellReference.convertNumToColString(column),
                                "import.file.cellTooLong",
                                CellReference.convertNumToColString(column),
                                TabularReader.MAX_CELL);
                    }
                    value.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v", "t" -> inValue = false;
                    case "c" -> {
                        while (cells.size() < column) {
                            cells.add("");
                        }
                        if (column >= cells.size()) {
                            cells.add(text(type, style, value.toString()));
                        }
                    }
                    case "row" -> {
                        return new TabularReader.Record(number, cells);
                    }
                    default -> {}
                }
            }
        }
        return new TabularReader.Record(number, cells);
    }

    /** The column index of a cell reference such as {@code AB12} (0-based). */
    static int column(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
        }
        return col - 1;
    }

    /** A style's number format, looked up once per style rather than once per cell. */
    private record NumberFormat(short index, String pattern, boolean date) {}

    private final java.util.Map<String, NumberFormat> formats = new java.util.HashMap<>();

    private NumberFormat format(String style) {
        return formats.computeIfAbsent(style, s -> {
            XSSFCellStyle cellStyle = styles == null ? null : styles.getStyleAt(Integer.parseInt(s));
            if (cellStyle == null) {
                return new NumberFormat((short) 0, "General", false);
            }
            short index = cellStyle.getDataFormat();
            String pattern = cellStyle.getDataFormatString() == null ? "General" : cellStyle.getDataFormatString();
            return new NumberFormat(index, pattern, DateUtil.isADateFormat(index, pattern));
        });
    }

    /** A cell as Excel shows it; dates as ISO dates whatever their display format. */
    private String text(String type, String style, String raw) {
        if (raw.isEmpty()) {
            return "";
        }
        if (type == null || "n".equals(type)) {
            double d = Double.parseDouble(raw);
            NumberFormat f = style == null ? null : format(style);
            if (f == null || "General".equals(f.pattern())) {
                // The common case, without DataFormatter: whole numbers as written, others as Excel shows.
                if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                    return Long.toString((long) d);
                }
                return formatter.formatRawCellContents(d, 0, "General");
            }
            if (f.date() && DateUtil.isValidExcelDate(d)) {
                LocalDateTime t = DateUtil.getLocalDateTime(d);
                return t.toLocalDate().toString();
            }
            return formatter.formatRawCellContents(d, f.index(), f.pattern());
        }
        return switch (type) {
            case "s" -> strings.getItemAt(Integer.parseInt(raw.trim())).getString();
            case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
            default -> raw; // str (a formula's text), inlineStr, e (an error such as #N/A)
        };
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            sheet.close();
            discard(pkg, temp);
        }
    }

    private static void discard(OPCPackage pkg, Path temp) throws IOException {
        if (pkg != null) {
            pkg.revert();
        }
        Files.deleteIfExists(temp);
    }
}
