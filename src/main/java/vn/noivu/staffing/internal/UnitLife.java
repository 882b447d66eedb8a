package vn.noivu.staffing.internal;

import java.time.LocalDate;

/**
 * An organisation unit over its whole life, as published by {@code organization.api_unit}: its scope
 * path (the last one it had) and its validity {@code [validFrom, validTo)}.
 */
public record UnitLife(
        String code,
        String name,
        String type,
        String provinceCode,
        String path,
        LocalDate validFrom,
        LocalDate validTo) {

    /** Whether the unit is in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
    }

    /** The unit above this one when it last existed: the path segment before its own code. */
    public String parentCode() {
        String[] segments = segments();
        int own = segments.length - 1;
        if (own >= 0 && !segments[own].equals(code)) {
            own = segments.length; // path does not end with the unit itself: every segment is an ancestor
        }
        return own >= 1 ? segments[own - 1] : null;
    }

    /** The top-level unit of its path (a province's People's Committee, a ministry). */
    public String topCode() {
        String[] segments = segments();
        return segments.length == 0 ? code : segments[0];
    }

    private String[] segments() {
        if (path == null) {
            return new String[0];
        }
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
    }
}
