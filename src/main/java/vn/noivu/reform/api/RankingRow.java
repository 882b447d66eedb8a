package vn.noivu.reform.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import vn.noivu.reform.RankedUnit;

/**
 * A row of {@code GET /api/v1/reform/rankings}, exactly the fields of the published contract: a field
 * without a value (no previous year, no region) is written as null rather than left out.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record RankingRow(
        String unitCode,
        String name,
        BigDecimal index,
        int rank,
        Integer rankChange,
        String region,
        Integer regionRank,
        Integer regionSize,
        String group) {

    static RankingRow of(RankedUnit r) {
        return new RankingRow(
                r.unitCode(),
                r.name(),
                r.index(),
                r.rank(),
                r.rankChange(),
                r.region(),
                r.regionRank(),
                r.regionSize(),
                r.group());
    }
}
