package vn.noivu.staffing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Reduction percentages as the sector reports them: two decimals, rounded half-up. */
public final class Percentages {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percentages() {}

    /** (baseline − current) / baseline × 100; null when there is no baseline to compare with. */
    public static BigDecimal reduction(long baseline, long current) {
        if (baseline <= 0) {
            return null;
        }
        return BigDecimal.valueOf(baseline - current)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(baseline), 2, RoundingMode.HALF_UP);
    }

    /** The largest whole number of posts that still meets a minimum reduction of {@code percent}. */
    public static long allowedCurrent(long baseline, BigDecimal percent) {
        return BigDecimal.valueOf(baseline)
                .multiply(HUNDRED.subtract(percent))
                .divide(HUNDRED, 0, RoundingMode.FLOOR)
                .longValueExact();
    }
}
