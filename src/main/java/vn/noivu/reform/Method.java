package vn.noivu.reform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The method of one year for one evaluated set: its criteria in order and the group thresholds (group
 * A from {@code groupAMin} %, B from {@code groupBMin} %, C below). {@code ownerCode} is the province
 * owning a DEPARTMENTS or COMMUNES method, "" for the Ministry's.
 */
public record Method(
        long id,
        int year,
        EvaluatedSet set,
        String ownerCode,
        BigDecimal groupAMin,
        BigDecimal groupBMin,
        LocalDate deadline,
        List<Criterion> criteria) {

    /** The maximum of the method: the sum of its areas' maxima. */
    public BigDecimal maxPoints() {
        return criteria.stream()
                .filter(c -> c.parentCode() == null)
                .map(Criterion::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
