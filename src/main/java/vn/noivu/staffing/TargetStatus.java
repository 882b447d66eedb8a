package vn.noivu.staffing;

/**
 * Where a scope stands against a target: MET (the minimum reduction is reached), ON_TRACK (at least the
 * share of the minimum that is due by now, pro rata of the years elapsed), AT_RISK (behind that
 * share), MISSED (the target year has passed without reaching the minimum).
 */
public enum TargetStatus {
    MET,
    ON_TRACK,
    AT_RISK,
    MISSED
}
