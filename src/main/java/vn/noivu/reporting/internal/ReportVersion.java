package vn.noivu.reporting.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One submitted version of a report, as sent, with the receiver's decision on it; an accepted version
 * later reopened by the receiving level keeps its outcome and says who reopened it, when and why.
 */
public record ReportVersion(
        int version,
        Map<String, Object> values,
        LocalDate receivedOn,
        String submittedBy,
        OffsetDateTime submittedAt,
        String outcome,
        String reason,
        String decidedBy,
        OffsetDateTime decidedAt,
        String reopenedBy,
        OffsetDateTime reopenedAt,
        String reopenReason) {}
