package vn.noivu.reform;

import java.math.BigDecimal;

/**
 * A unit's result of one year: its own ({@code predecessor} false) or, for a unit formed by a merger,
 * a predecessor's under the name and code it had that year.
 */
public record TrendPoint(
        int year, String unitCode, String name, BigDecimal index, int rank, int ranked, boolean predecessor) {}
