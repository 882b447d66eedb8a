package vn.noivu.platform.imports;

import java.util.List;
import java.util.function.Supplier;

/**
 * The file an import reads, described for the people who fill it in: contributed by the module that owns
 * the import (as a {@code Lookup} is) and served by the platform as an XLSX to download
 * ({@code /imports/templates/{module}/{kind}}) with the columns' Vietnamese headers, an instructions
 * sheet and drop-down lists for the coded columns. An upload through {@link Uploads} for the same
 * module and kind may use those Vietnamese headers instead of the technical ones.
 *
 * <p>The headers and instructions are Vietnamese whatever the reader's language: they are part of the
 * file format (a template filled in and sent back must read the same), like docs/import-formats.md.
 */
public interface ImportTemplate {

    /** The module that owns the import, as the import history names it: {@code staffing}, {@code organization}… */
    String module();

    /** The import's kind within its module ({@code quotas}, {@code units}…), as the upload form sends it. */
    String kind();

    /** What the file holds, as the download link and the instructions' title say it. */
    String title();

    List<Column> columns();

    /**
     * One column of the file.
     *
     * @param header the technical header the import reads ({@code org_code})
     * @param label the Vietnamese header of the template ("Mã đơn vị")
     * @param meaning what the cell holds
     * @param required whether every row must fill it
     * @param format how to write it ("dd/MM/yyyy", "số nguyên ≥ 0", "mã hoặc tên trong danh mục")
     * @param example a value that passes
     * @param choices the catalogue a coded column takes (its names become the drop-down list), or null
     */
    record Column(
            String header,
            String label,
            String meaning,
            boolean required,
            String format,
            String example,
            Supplier<CodeLabels> choices) {

        public static Column of(
                String header, String label, String meaning, boolean required, String format, String example) {
            return new Column(header, label, meaning, required, format, example, null);
        }

        /** A coded column: the cell takes a code or a name of {@code choices}. */
        public static Column coded(
                String header,
                String label,
                String meaning,
                boolean required,
                String example,
                Supplier<CodeLabels> choices) {
            return new Column(header, label, meaning, required, "Chọn trong danh sách (tên hoặc mã)", example, choices);
        }
    }

    /** A template of {@code module}/{@code kind} with these columns. */
    static ImportTemplate of(String module, String kind, String title, List<Column> columns) {
        return new ImportTemplate() {
            @Override
            public String module() {
                return module;
            }

            @Override
            public String kind() {
                return kind;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public List<Column> columns() {
                return columns;
            }
        };
    }
}
