package vn.noivu.platform.security.tokens;

/** What a token may do with its account's roles: only read, or read and write. */
public enum TokenAccess {
    READ,
    READ_WRITE
}
