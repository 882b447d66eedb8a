package vn.noivu.platform.security.tokens;

/**
 * A token just issued: {@code token} is the whole secret to send as {@code Authorization: Bearer …}. It
 * is shown this once and never stored.
 */
public record IssuedApiToken(String token, ApiToken details) {}
