package vn.noivu.reform;

/** Evidence of a criterion: a link to a document, or an attached file (downloaded by its id). */
public record Evidence(long id, String link, String filename) {}
