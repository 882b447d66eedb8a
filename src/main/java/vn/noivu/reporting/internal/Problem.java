package vn.noivu.reporting.internal;

/**
 * One thing wrong with a request, named where a person can find it: a JSON path of a form definition
 * ({@code rows[3].code}) or a report cell ({@code 01.2}), and why, in the caller's language.
 */
public record Problem(String path, String message) {}
