package vn.noivu.personnel.internal;

/** Rows in PostgreSQL's {@code COPY … (FORMAT csv)} text: an unquoted empty field is NULL. */
final class CopyText {

    private final StringBuilder b;
    private boolean rowStart = true;

    CopyText(int capacity) {
        b = new StringBuilder(capacity);
    }

    CopyText field(Object value) {
        if (!rowStart) {
            b.append(',');
        }
        rowStart = false;
        if (value == null) {
            return this;
        }
        String f = value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
        if (f.isEmpty()) {
            return this.quoted(f);
        }
        for (int k = 0; k < f.length(); k++) {
            char ch = f.charAt(k);
            if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r' || ch == '\\') {
                return quoted(f);
            }
        }
        b.append(f);
        return this;
    }

    private CopyText quoted(String f) {
        b.append('"').append(f.replace("\"", "\"\"")).append('"');
        return this;
    }

    /** Ends the row; the next {@link #field} starts a new one. */
    void endRow() {
        b.append('\n');
        rowStart = true;
    }

    int length() {
        return b.length();
    }

    byte[] drain() {
        byte[] bytes = b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        b.setLength(0);
        return bytes;
    }
}
