package vn.noivu.reward.internal;

/** A refused field of a request or import row: the field, the message key and its arguments. */
public record FieldError(String field, String key, Object... args) {}
