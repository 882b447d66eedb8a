package vn.noivu.reporting.internal;

/**
 * Where a report stands. MISSING is never stored: it is an expected report nobody has started.
 * SUBMITTED and RESUBMITTED wait for the receiver; ACCEPTED is locked; RETURNED goes back to the unit.
 */
public enum ReportStatus {
    MISSING,
    DRAFT,
    SUBMITTED,
    RETURNED,
    RESUBMITTED,
    ACCEPTED;

    /** Counts as sent (DHIS2's "complete"): waiting for the receiver or accepted. */
    public boolean sent() {
        return this == SUBMITTED || this == RESUBMITTED || this == ACCEPTED;
    }

    /** The unit may still change the figures. */
    public boolean editable() {
        return this == MISSING || this == DRAFT || this == RETURNED;
    }
}
