package vn.noivu.reporting.internal;

import java.util.Map;

/** The tier of each organisation type (docs/organization-types.md); a public service unit has none of its own. */
final class Tiers {

    private static final Map<String, String> OF_TYPE = Map.ofEntries(
            Map.entry("MINISTRY", "CENTRAL"),
            Map.entry("MINISTRY_LEVEL_AGENCY", "CENTRAL"),
            Map.entry("GOVERNMENT_AGENCY", "CENTRAL"),
            Map.entry("MINISTRY_UNIT", "CENTRAL"),
            Map.entry("PROVINCIAL_PEOPLES_COMMITTEE", "PROVINCIAL"),
            Map.entry("PROVINCIAL_DEPARTMENT", "PROVINCIAL"),
            Map.entry("DEPARTMENT_UNIT", "PROVINCIAL"),
            Map.entry("DISTRICT_PEOPLES_COMMITTEE", "DISTRICT"),
            Map.entry("DISTRICT_OFFICE", "DISTRICT"),
            Map.entry("COMMUNE_PEOPLES_COMMITTEE", "COMMUNE"),
            Map.entry("COMMUNE_OFFICE", "COMMUNE"));

    private Tiers() {}

    static String of(String type) {
        return type == null ? null : OF_TYPE.get(type);
    }
}
