package vn.noivu.reform;

import java.math.BigDecimal;

/**
 * A unit's result in one area of the method, in % of the area's maximum, beside the average and the
 * best of the ranked units; {@code lost} is the points it lost there.
 */
public record ComponentProfile(
        String code,
        String name,
        BigDecimal maxPoints,
        BigDecimal points,
        BigDecimal percent,
        BigDecimal average,
        BigDecimal best,
        BigDecimal lost) {}
