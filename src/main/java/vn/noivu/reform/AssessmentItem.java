package vn.noivu.reform;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * A criterion of an assessment: the unit's points, comment and evidence; the evaluator's points and
 * the reason when adjusted, and what more evidence was asked for. {@code points} is what counts.
 */
public record AssessmentItem(
        String criterionCode,
        String name,
        BigDecimal maxPoints,
        CriterionKind kind,
        BigDecimal selfPoints,
        String comment,
        BigDecimal appraisedPoints,
        String reason,
        String evidenceRequest,
        List<Evidence> evidence) {

    @JsonProperty("points")
    public BigDecimal points() {
        return appraisedPoints != null ? appraisedPoints : selfPoints;
    }

    /** Whether the evaluator changed the unit's points (the reason says why). */
    @JsonProperty("adjusted")
    public boolean adjusted() {
        return appraisedPoints != null && (selfPoints == null || appraisedPoints.compareTo(selfPoints) != 0);
    }
}
