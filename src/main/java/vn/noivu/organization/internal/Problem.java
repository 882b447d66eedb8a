package vn.noivu.organization.internal;

/**
 * A rule a proposed history breaks: which unit, and why as a message key with its arguments. {@code
 * related} is a second unit involved (the parent, the merge target), used to find the row or command
 * that caused it.
 */
public record Problem(String unitCode, String related, String messageKey, Object... args) {}
