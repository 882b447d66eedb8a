package vn.noivu.shared;

/**
 * Page arithmetic for list endpoints: a page number and size as a caller sent them (negative, or
 * {@code 2147483647}) become an offset and a limit the database accepts, never an overflow.
 */
public final class Paging {

    private Paging() {}

    /** {@code size} held between 1 and {@code max}. */
    public static int limit(int size, int max) {
        return Math.max(1, Math.min(size, max));
    }

    /** The offset of page {@code page} (from 0) of {@code size} rows, at most {@link Integer#MAX_VALUE}. */
    public static int offset(int page, int size) {
        return (int) Math.min(Integer.MAX_VALUE, (long) Math.max(0, page) * Math.max(0, size));
    }
}
