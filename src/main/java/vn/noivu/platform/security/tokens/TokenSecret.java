package vn.noivu.platform.security.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The token as the client sends it: {@code nv_<tokenId>_<secret>}. The prefix makes a leaked token easy
 * to recognise (secret scanners, logs); the token id (12 base32 characters) finds the row by an index;
 * the secret (256 random bits, base64url) is checked against its SHA-256. A slow hash such as bcrypt
 * protects guessable passwords and would add nothing to a secret of this entropy.
 */
record TokenSecret(String tokenId, String secret) {

    static final String PREFIX = "nv_";
    private static final Pattern FORMAT = Pattern.compile("^nv_([a-z2-7]{12})_([A-Za-z0-9_-]{43})$");
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    static TokenSecret generate() {
        StringBuilder id = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            id.append(BASE32[RANDOM.nextInt(BASE32.length)]);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new TokenSecret(
                id.toString(), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The token as sent in {@code Authorization: Bearer …}, or empty when it is not one of ours. */
    static Optional<TokenSecret> parse(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(token);
        return m.matches() ? Optional.of(new TokenSecret(m.group(1), m.group(2))) : Optional.empty();
    }

    String token() {
        return PREFIX + tokenId + "_" + secret;
    }

    byte[] hash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Constant-time comparison with a stored hash. */
    boolean matches(byte[] storedHash) {
        return storedHash != null && MessageDigest.isEqual(hash(), storedHash);
    }

    @Override
    public String toString() {
        return PREFIX + tokenId + "_…";
    }
}
