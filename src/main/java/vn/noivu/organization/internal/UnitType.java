package vn.noivu.organization.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The type catalogue (docs/organization-types.md). Each type knows its tier and which types its parent
 * may have; a public service unit takes the tier of the body it belongs to.
 */
public enum UnitType {
    MINISTRY(Tier.CENTRAL, true),
    MINISTRY_LEVEL_AGENCY(Tier.CENTRAL, true),
    GOVERNMENT_AGENCY(Tier.CENTRAL, true),
    MINISTRY_UNIT(Tier.CENTRAL, false),
    PROVINCIAL_PEOPLES_COMMITTEE(Tier.PROVINCIAL, true),
    PROVINCIAL_DEPARTMENT(Tier.PROVINCIAL, false),
    DEPARTMENT_UNIT(Tier.PROVINCIAL, false),
    DISTRICT_PEOPLES_COMMITTEE(Tier.DISTRICT, false),
    DISTRICT_OFFICE(Tier.DISTRICT, false),
    COMMUNE_PEOPLES_COMMITTEE(Tier.COMMUNE, false),
    COMMUNE_OFFICE(Tier.COMMUNE, false),
    PUBLIC_SERVICE_UNIT(null, true);

    private final Tier tier;
    private final boolean root;

    UnitType(Tier tier, boolean root) {
        this.tier = tier;
        this.root = root;
    }

    /** The fixed tier, or null when the tier is the parent's (public service units). */
    public Tier tier() {
        return tier;
    }

    /** Whether a unit of this type may stand at the top of the tree (no parent). */
    public boolean mayBeRoot() {
        return root;
    }

    /** Whether a unit of this type must stand at the top of the tree. */
    public boolean mustBeRoot() {
        return root && this != PUBLIC_SERVICE_UNIT;
    }

    /** The types a parent of a unit of this type may have (empty for top-level bodies). */
    public Set<UnitType> parentTypes() {
        return switch (this) {
            case MINISTRY, MINISTRY_LEVEL_AGENCY, GOVERNMENT_AGENCY, PROVINCIAL_PEOPLES_COMMITTEE -> Set.of();
            case MINISTRY_UNIT -> Set.of(MINISTRY, MINISTRY_LEVEL_AGENCY, GOVERNMENT_AGENCY, MINISTRY_UNIT);
            case PROVINCIAL_DEPARTMENT, DISTRICT_PEOPLES_COMMITTEE -> Set.of(PROVINCIAL_PEOPLES_COMMITTEE);
            case DEPARTMENT_UNIT -> Set.of(PROVINCIAL_DEPARTMENT, DEPARTMENT_UNIT);
            case DISTRICT_OFFICE -> Set.of(DISTRICT_PEOPLES_COMMITTEE);
            case COMMUNE_PEOPLES_COMMITTEE -> Set.of(DISTRICT_PEOPLES_COMMITTEE, PROVINCIAL_PEOPLES_COMMITTEE);
            case COMMUNE_OFFICE -> Set.of(COMMUNE_PEOPLES_COMMITTEE);
            case PUBLIC_SERVICE_UNIT ->
                Set.of(values()).stream()
                        .filter(t -> t != COMMUNE_OFFICE)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet());
        };
    }

    public static Optional<UnitType> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim();
        return Arrays.stream(values()).filter(t -> t.name().equals(c)).findFirst();
    }
}
