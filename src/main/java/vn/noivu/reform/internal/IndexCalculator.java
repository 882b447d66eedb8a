package vn.noivu.reform.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import vn.noivu.reform.Criterion;
import vn.noivu.reform.Method;

/**
 * Points and index of a unit under a method. A score given for an area or criterion stands for its
 * whole subtree (a published table may give only the areas); otherwise the node's points are the sum
 * of its children's, and a leaf without a score counts 0. Index = points ÷ the method's maximum, in %,
 * rounded half-up to two decimals as the Ministry publishes it.
 */
public final class IndexCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndexCalculator() {}

    /** The points of the node {@code code} (null = the whole method). */
    public static BigDecimal points(Method method, String code, Map<String, BigDecimal> scores) {
        if (code != null && scores.containsKey(code)) {
            return scores.get(code);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion c : children(method, code)) {
            sum = sum.add(points(method, c.code(), scores));
        }
        return sum;
    }

    public static BigDecimal index(Method method, Map<String, BigDecimal> scores) {
        return percent(points(method, null, scores), method.maxPoints());
    }

    public static BigDecimal percent(BigDecimal points, BigDecimal max) {
        if (max.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return points.multiply(HUNDRED).divide(max, 2, RoundingMode.HALF_UP);
    }

    public static List<Criterion> children(Method method, String parentCode) {
        return method.criteria().stream()
                .filter(c -> java.util.Objects.equals(c.parentCode(), parentCode))
                .toList();
    }
}
