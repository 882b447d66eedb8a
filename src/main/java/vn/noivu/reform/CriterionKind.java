package vn.noivu.reform;

/**
 * Where a criterion's points come from: the unit's self-assessment (checked by the evaluator), the
 * evaluator's appraisal alone, a sociological survey (SIPAS, leaders), or a measured figure.
 */
public enum CriterionKind {
    SELF_ASSESSED,
    APPRAISED,
    SURVEYED,
    MEASURED;

    /** Whether the unit scores it in its self-assessment. */
    public boolean assessed() {
        return this == SELF_ASSESSED || this == APPRAISED;
    }
}
