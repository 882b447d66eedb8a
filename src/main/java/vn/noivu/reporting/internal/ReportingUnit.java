package vn.noivu.reporting.internal;

/** An organisation unit expected to report a form: code, name as of the cut-off, province, today's path. */
public record ReportingUnit(String code, String name, String type, String provinceCode, String path) {}
