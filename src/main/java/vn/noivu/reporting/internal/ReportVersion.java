package vn.noivu.reporting.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/** One submitted version of a report, as sent, with the receiver's decision on it. */
public record ReportVersion(
        int version,
        Map<String, Object> values,
        LocalDate receivedOn,
        String submittedBy,
        OffsetDateTime submittedAt,
        String outcome,
        String reason,
        String decidedBy,
        OffsetDateTime decidedAt) {}
