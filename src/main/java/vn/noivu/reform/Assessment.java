package vn.noivu.reform;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's self-assessment of a year and its appraisal: DRAFT while the unit enters it, SUBMITTED
 * (locked for the unit), MORE_EVIDENCE when the evaluator asks for more, FINAL when finalised.
 */
public record Assessment(
        long id,
        int year,
        EvaluatedSet set,
        String ownerCode,
        String unitCode,
        String unitName,
        String status,
        LocalDate deadline,
        List<AssessmentItem> items) {}
