package vn.noivu.platform.exports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table as it leaves with the user: what it is (title, scope by name, the dates it covers, where its
 * figures come from), its columns with Vietnamese headers and the kind of value each holds, its rows,
 * a totals row, and rows that are shown but not counted in the total (support contracts outside the
 * staffing quota), set apart below it under their own label. Values are names, never bare codes; the
 * caller translates before building. {@link TableExports} writes it as XLSX or CSV.
 *
 * @param sheet short name of the sheet (at most 31 characters; cut when longer)
 * @param scope the scope by name ("Toàn quốc", "Hà Nội")
 * @param period the dates or years the figures cover, as the page says them
 * @param source where the figures come from (module, legal basis)
 */
public record ReportTable(
        String sheet,
        String title,
        String scope,
        String period,
        String source,
        List<Column> columns,
        List<List<Object>> rows,
        List<Object> total,
        String outsideLabel,
        List<List<Object>> outside,
        List<String> notes) {

    /** What a column holds, so the workbook gives it Excel's number format and the CSV its decimals. */
    public enum Kind {
        TEXT,
        /** a whole number, shown 16.473.600 */
        INTEGER,
        /** a number with two decimals, shown 6,44 */
        DECIMAL,
        /** a date, shown dd/mm/yyyy */
        DATE
    }

    /** A total cell computed by the spreadsheet: SUM of its column's rows, with {@code value} already in it. */
    public record Sum(Number value) {}

    public record Column(String header, Kind kind, int width) {
        public static Column text(String header, int width) {
            return new Column(header, Kind.TEXT, width);
        }

        public static Column integer(String header) {
            return new Column(header, Kind.INTEGER, 14);
        }

        public static Column decimal(String header) {
            return new Column(header, Kind.DECIMAL, 14);
        }

        public static Column date(String header) {
            return new Column(header, Kind.DATE, 12);
        }
    }

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        outside = outside == null ? List.of() : List.copyOf(outside);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Builds a table a row at a time. */
    public static final class Builder {
        private final String title;
        private String sheet;
        private String scope;
        private String period;
        private String source;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();
        private List<Object> total;
        private String outsideLabel;
        private final List<List<Object>> outside = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder sheet(String sheet) {
            this.sheet = sheet;
            return this;
        }

        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        public Builder period(String period) {
            this.period = period;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Builder column(Column column) {
            columns.add(column);
            return this;
        }

        /** One row; {@code null} is an empty cell. */
        public Builder row(Object... values) {
            rows.add(Arrays.asList(values));
            return this;
        }

        public Builder total(Object... values) {
            total = Arrays.asList(values);
            return this;
        }

        /** A row shown below the total and not counted in it, under {@code label}. */
        public Builder outside(String label, Object... values) {
            outsideLabel = label;
            outside.add(Arrays.asList(values));
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public ReportTable build() {
            return new ReportTable(
                    sheet == null ? title : sheet,
                    title,
                    scope,
                    period,
                    source,
                    columns,
                    rows,
                    total,
                    outsideLabel,
                    outside,
                    notes);
        }
    }
}
