package vn.noivu.platform.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * An upload read at most up to a number of bytes (over it: {@link UnreadableFileException}, too large),
 * with the SHA-256 of what was read (imports record which file they applied).
 */
final class CappedInputStream extends FilterInputStream {

    private long max;
    private String limitKey;
    private final MessageDigest digest;
    private long count;

    CappedInputStream(InputStream in, long max, String limitKey) {
        super(in);
        this.max = max;
        this.limitKey = limitKey;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            counted(n);
            digest.update(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Every byte is digested: skip by reading.
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        int read = read(buffer, 0, buffer.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(int n) {
        count += n;
        if (count > max) {
            throw UnreadableFileException.tooLarge(limitKey, megabytes(max));
        }
    }

    /** From now on, at most {@code max} bytes in all (the format is known: its own limit). */
    void limit(long max, String limitKey) {
        this.max = max;
        this.limitKey = limitKey;
        counted(0);
    }

    long count() {
        return count;
    }

    String sha256() {
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    static String megabytes(long bytes) {
        return String.valueOf(Math.max(1, bytes / (1024 * 1024)));
    }
}
