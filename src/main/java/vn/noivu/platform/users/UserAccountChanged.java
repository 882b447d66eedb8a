package vn.noivu.platform.users;

/**
 * Published when what an account may do changed — enabled or disabled, roles, scope — so that whatever
 * remembers accounts (the API tokens' cache) reads them again. {@code username} null: every account
 * (scope paths re-resolved after the organisation tree changed).
 */
public record UserAccountChanged(String username) {}
