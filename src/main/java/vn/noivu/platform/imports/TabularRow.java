package vn.noivu.platform.imports;

import java.util.Map;

/** A data row of an imported file, by header name; {@code number} is the row a spreadsheet shows. */
public record TabularRow(int number, Map<String, String> values) {

    /** The trimmed cell, or "" when the column is missing or empty. */
    public String get(String column) {
        String v = values.get(column);
        return v == null ? "" : v.trim();
    }

    public boolean isBlank(String column) {
        return get(column).isEmpty();
    }
}
