package vn.noivu.platform.exports;

/**
 * Text for XLSX cells. Excel holds at most 32,767 characters in a cell and POI refuses more, so one
 * over-long value (an old record, a field not limited when it was entered) would fail a whole national
 * export; it is cut instead, with an ellipsis that shows it was.
 */
public final class SheetCells {

    /** Excel's limit of a cell's text. */
    public static final int MAX = 32_767;

    private SheetCells() {}

    /** The value, or its first 32,766 characters and "…" when longer. */
    public static String fit(String value) {
        if (value == null || value.length() <= MAX) {
            return value;
        }
        int end = MAX - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--; // never split a character outside the Basic Multilingual Plane
        }
        return value.substring(0, end) + "…";
    }
}
