package vn.noivu.personnel.internal.load;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Rows in PostgreSQL's binary {@code COPY} format (protocol documentation, "COPY … BINARY"): the
 * server stores the values as sent instead of parsing text, and the import formats no dates or
 * numbers as text. Each field is written with the type of its column; a {@code null} is SQL NULL.
 */
final class BinaryCopy {

    /** The signature, flags and header extension length that open every binary COPY stream. */
    static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0
    };

    /** The end of the stream: a field count of -1. */
    static final byte[] TRAILER = {(byte) 0xFF, (byte) 0xFF};

    /** Days from 1970-01-01 (Java's epoch) to 2000-01-01 (PostgreSQL's). */
    private static final long PG_EPOCH_DAY = 10_957;

    private byte[] b;
    private int n;

    /** The encoding of each numeric value met so far. */
    private final Map<BigDecimal, byte[]> numerics = new HashMap<>();

    BinaryCopy(int capacity) {
        b = new byte[capacity];
    }

    /** Starts a row of {@code fields} fields. */
    BinaryCopy row(int fields) {
        ensure(2);
        b[n++] = (byte) (fields >>> 8);
        b[n++] = (byte) fields;
        return this;
    }

    BinaryCopy nul() {
        int32(-1);
        return this;
    }

    BinaryCopy int8(long v) {
        int32(8);
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            b[n++] = (byte) (v >>> shift);
        }
        return this;
    }

    BinaryCopy int4(int v) {
        int32(4);
        int32(v);
        return this;
    }

    /** A smallint, or NULL. */
    BinaryCopy int2(Integer v) {
        if (v == null) {
            return nul();
        }
        int32(2);
        int16(v);
        return this;
    }

    BinaryCopy bool(boolean v) {
        int32(1);
        ensure(1);
        b[n++] = (byte) (v ? 1 : 0);
        return this;
    }

    /** A text, varchar or char value (UTF-8, the database's encoding), or NULL. */
    BinaryCopy text(String v) {
        if (v == null) {
            return nul();
        }
        boolean ascii = true;
        for (int i = 0; i < v.length() && ascii; i++) {
            ascii = v.charAt(i) < 0x80;
        }
        if (!ascii) {
            return bytes(v.getBytes(StandardCharsets.UTF_8));
        }
        int32(v.length());
        ensure(v.length());
        v.getBytes(0, v.length(), b, n); // ASCII: one byte per char, no encoder
        n += v.length();
        return this;
    }

    BinaryCopy date(LocalDate v) {
        if (v == null) {
            return nul();
        }
        int32(4);
        int32((int) (v.toEpochDay() - PG_EPOCH_DAY));
        return this;
    }

    /**
     * A numeric, or NULL: digits in base 10,000, most significant first, with the weight of the first
     * (in groups of four decimal digits) and the display scale.
     */
    BinaryCopy numeric(BigDecimal v) {
        if (v == null) {
            return nul();
        }
        // A file repeats a few dozen coefficients and allowances: each is encoded once.
        byte[] known = numerics.get(v);
        if (known == null) {
            int start = n;
            encodeNumeric(v);
            known = Arrays.copyOfRange(b, start, n);
            n = start;
            if (numerics.size() < 4096) {
                numerics.put(v, known);
            }
        }
        ensure(known.length);
        System.arraycopy(known, 0, b, n, known.length);
        n += known.length;
        return this;
    }

    private void encodeNumeric(BigDecimal v) {
        int scale = Math.max(v.scale(), 0);
        if (scale > 4 || v.precision() > 18) {
            throw new IllegalArgumentException("numeric out of the import's range: " + v);
        }
        long unscaled = v.movePointRight(scale).longValueExact();
        int sign = unscaled < 0 ? 0x4000 : 0;
        unscaled = Math.abs(unscaled);
        long integral = unscaled / pow10(scale);
        int fraction = (int) (unscaled % pow10(scale) * pow10(4 - scale));
        short[] digits = new short[6];
        int count = 0;
        for (long rest = integral; rest > 0; rest /= 10_000) {
            digits[count++] = (short) (rest % 10_000);
        }
        int weight = count - 1;
        reverse(digits, count);
        if (fraction != 0) {
            digits[count++] = (short) fraction;
        }
        if (integral == 0 && fraction != 0) {
            weight = -1;
        }
        while (count > 0 && digits[count - 1] == 0) {
            count--;
        }
        if (count == 0) {
            weight = 0;
            sign = 0;
        }
        int32(8 + 2 * count);
        int16(count);
        int16(weight);
        int16(sign);
        int16(scale);
        for (int i = 0; i < count; i++) {
            int16(digits[i]);
        }
    }

    private static long pow10(int k) {
        long p = 1;
        for (int i = 0; i < k; i++) {
            p *= 10;
        }
        return p;
    }

    private static void reverse(short[] a, int count) {
        for (int i = 0, j = count - 1; i < j; i++, j--) {
            short t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** A text value already encoded in UTF-8. */
    BinaryCopy utf8(byte[] v) {
        return bytes(v);
    }

    private BinaryCopy bytes(byte[] v) {
        int32(v.length);
        ensure(v.length);
        System.arraycopy(v, 0, b, n, v.length);
        n += v.length;
        return this;
    }

    int length() {
        return n;
    }

    /** Writes what is buffered to {@code out} and empties the buffer. */
    void drainTo(OutputStream out) throws IOException {
        out.write(b, 0, n);
        n = 0;
    }

    int capacity() {
        return b.length;
    }

    /**
     * Hands over the buffer, whose first {@link #length()} bytes are the rows, and goes on in {@code
     * fresh}: the buffer is sent and reused, not copied ({@link CopyShipper}).
     */
    byte[] takeBuffer(byte[] fresh) {
        byte[] full = b;
        b = fresh;
        n = 0;
        return full;
    }

    private void int32(int v) {
        ensure(4);
        b[n++] = (byte) (v >>> 24);
        b[n++] = (byte) (v >>> 16);
        b[n++] = (byte) (v >>> 8);
        b[n++] = (byte) v;
    }

    private void int16(int v) {
        ensure(2);
        b[n++] = (byte) (v >>> 8);
        b[n++] = (byte) v;
    }

    private void ensure(int more) {
        if (n + more > b.length) {
            b = Arrays.copyOf(b, Math.max(b.length * 2, n + more));
        }
    }
}
