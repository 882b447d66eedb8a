package vn.noivu.personnel.internal.career;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A recorded career event with the decision behind it (fields the kind does not use are null). {@code
 * cancelReason} says why the system cancelled it (status SYSTEM_CANCELLED), e.g. a suspension no discipline
 * followed ({@link UnsanctionedSuspensions}).
 */
public record CareerEvent(
        Long id,
        long personId,
        String kind,
        LocalDate effectiveDate,
        String orgCode,
        String positionCode,
        String staffCategory,
        String rankCode,
        Integer salaryStep,
        String leadershipTitle,
        BigDecimal positionAllowance,
        BigDecimal otherAllowance,
        String disciplineCode,
        Integer termMonths,
        String note,
        String decisionNo,
        LocalDate decisionDate,
        String issuer,
        String status,
        Long replacesId,
        String recordedBy,
        Integer evaluationYear,
        String rating,
        String leadershipPost,
        LocalDate periodTo,
        String reason,
        Integer careerLevel,
        String cancelReason) {

    EventKind eventKind() {
        return EventKind.valueOf(kind);
    }
}
