package vn.noivu.reporting.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A unit's report for a form and period as stored: current values ({@code <row>.<col>} → number or
 * text), status, dates. {@code receivedOn} (a paper report's arrival) or else {@code firstSubmittedOn}
 * is the date that decides whether it came on time. {@code prefill}: the figures NoiVu computed for
 * cells (with source and day); {@code overrides}: the reason for each cell whose figure differs.
 */
public record Report(
        long id,
        String formCode,
        String period,
        String unitCode,
        ReportStatus status,
        Map<String, Object> values,
        LocalDate receivedOn,
        LocalDate firstSubmittedOn,
        LocalDate deadline,
        String returnReason,
        int versions,
        String updatedBy,
        OffsetDateTime updatedAt,
        Map<String, Prefills.Prefilled> prefill,
        Map<String, String> overrides) {

    /** The date the receiver got it: a paper report's arrival, else its first submission. */
    public LocalDate arrivedOn() {
        return receivedOn != null ? receivedOn : firstSubmittedOn;
    }

    /** On time if it arrived by the deadline; null while it has not arrived. */
    public Boolean onTime() {
        LocalDate arrived = arrivedOn();
        return arrived == null || !status.sent() ? null : !arrived.isAfter(deadline);
    }
}
