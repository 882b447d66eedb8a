package vn.noivu.staffing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Divides a whole number of posts among recipients in proportion to weights, in whole posts, by the
 * largest-remainder method: every recipient gets the floor of its exact share, and the posts left over
 * go one each to the largest fractional remainders (ties to the lower code). The parts always add up
 * to the amount divided. Without any positive weight, the amount is divided in equal shares.
 */
public final class Apportionment {

    private Apportionment() {}

    /** {@code weights} in the recipients' order; the answer keeps that order. */
    public static Map<String, Long> divide(long amount, Map<String, Long> weights) {
        Map<String, Long> result = new LinkedHashMap<>();
        if (weights.isEmpty()) {
            return result;
        }
        long total = weights.values().stream().mapToLong(w -> Math.max(0, w)).sum();
        Map<String, Long> effective = new LinkedHashMap<>();
        weights.forEach((k, w) -> effective.put(k, total == 0 ? 1L : Math.max(0, w)));
        long sum = total == 0 ? weights.size() : total;
        record Part(String code, long floor, long remainderNumerator) {}
        List<Part> parts = new ArrayList<>();
        long given = 0;
        for (Map.Entry<String, Long> e : effective.entrySet()) {
            long exact = amount * e.getValue();
            long floor = Math.floorDiv(exact, sum);
            parts.add(new Part(e.getKey(), floor, exact - floor * sum));
            given += floor;
        }
        long left = amount - given;
        List<Part> byRemainder = new ArrayList<>(parts);
        byRemainder.sort(
                Comparator.comparingLong(Part::remainderNumerator).reversed().thenComparing(Part::code));
        Map<String, Long> extra = new LinkedHashMap<>();
        for (int i = 0; i < left; i++) {
            extra.merge(byRemainder.get(i % byRemainder.size()).code(), 1L, Long::sum);
        }
        for (Part p : parts) {
            result.put(p.code(), p.floor() + extra.getOrDefault(p.code(), 0L));
        }
        return result;
    }
}
