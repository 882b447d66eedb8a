package vn.noivu.staffing.internal;

import java.time.LocalDate;
import java.util.List;

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
        List<String> segments = segments();
        int own = segments.size() - 1;
        if (own >= 0 && !segments.get(own).equals(code)) {
            own = segments.size(); // path does not end with the unit itself: every segment is an ancestor
        }
        return own >= 1 ? segments.get(own - 1) : null;
    }

    /** The top-level unit of its path (a province's People's Committee, a ministry). */
    public String topCode() {
        List<String> segments = segments();
        return segments.isEmpty() ? code : segments.get(0);
    }

    /** The codes along the path, top first (read on every step of a redistribution: no regular expression). */
    private List<String> segments() {
        return OrgDirectory.segments(path);
    }
}
