package vn.noivu.reward;

/**
 * A person's rating of a year (xếp loại chất lượng): {@code HTXSNV}, {@code HTTNV}, {@code HTNV} or
 * {@code KHTNV}. The module's own input until the personnel module publishes ratings.
 */
public record RatingRequest(Long personId, Integer year, String rating) {}
