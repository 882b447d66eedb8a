package vn.noivu.reform;

import java.math.BigDecimal;

/**
 * A unit's place in a year's ranking: index in % (two decimals), national rank (ties share a rank),
 * change of rank ({@code +3} = rose three places) and of index against the previous year (null when
 * the unit was not ranked then, or the ranking counted another number of units), the region's rank
 * among the region's ranked units, and the group (A, B, C).
 */
public record RankedUnit(
        String unitCode,
        String name,
        BigDecimal index,
        int rank,
        Integer rankChange,
        BigDecimal indexChange,
        String regionCode,
        String region,
        Integer regionRank,
        Integer regionSize,
        String group) {}
