package vn.noivu.organization.internal;

/** The level of government a unit belongs to (cấp): central, province, district, commune. */
public enum Tier {
    CENTRAL,
    PROVINCIAL,
    DISTRICT,
    COMMUNE
}
