package vn.noivu.personnel.internal.career;

/** Kinds of career events; each changes the employment history as {@link CareerHistory} says. */
public enum EventKind {
    RECRUITMENT,
    PROBATION_END,
    APPOINTMENT,
    REAPPOINTMENT,
    ROTATION,
    SECONDMENT,
    SECONDMENT_END,
    TRANSFER,
    PROMOTION,
    STEP_INCREASE,
    EARLY_STEP_INCREASE,
    DISCIPLINE,
    ALLOWANCE_CHANGE,
    RESIGNATION,
    RETIREMENT,
    DEATH,
    /**
     * The annual evaluation and rating of one year (đánh giá, xếp loại chất lượng): a year rated
     * NOT_COMPLETED delays the regular step increase; it changes nothing else in the employment.
     */
    EVALUATION,
    /**
     * A period that does not count toward the next regular step (thời gian không được tính để xét nâng
     * bậc lương thường xuyên): from the effective date to {@code periodTo}, for a {@link NonCountingReason}.
     */
    NON_COUNTING_PERIOD,
    /** A change of career level (bậc nghề nghiệp) of a public employee, NĐ 232/2026/NĐ-CP. */
    CAREER_LEVEL_CHANGE;

    public static boolean isValid(String code) {
        for (EventKind k : values()) {
            if (k.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** Events after which the person is no longer employed. */
    boolean ends() {
        return this == RESIGNATION || this == RETIREMENT || this == DEATH;
    }
}
