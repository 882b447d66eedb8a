package vn.noivu.reform;

import java.math.BigDecimal;

/** The evaluator's points for a criterion and, when they differ from the unit's, why. */
public record Appraisal(BigDecimal points, String reason) {}
