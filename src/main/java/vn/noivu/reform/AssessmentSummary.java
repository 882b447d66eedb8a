package vn.noivu.reform;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line of the list of assessments: the unit by name, where it stands, and its points as the unit
 * entered them and as they count after the appraisal ({@code appraisedPoints} null until any is appraised).
 */
public record AssessmentSummary(
        long id,
        int year,
        EvaluatedSet set,
        String ownerCode,
        String unitCode,
        String unitName,
        String status,
        LocalDate deadline,
        BigDecimal selfPoints,
        BigDecimal appraisedPoints) {}
