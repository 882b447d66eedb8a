package vn.noivu.personnel.internal.levels;

/**
 * The caps on the share of public employees per career level of a job position (NĐ 232/2026/NĐ-CP
 * Art. 10), as a percentage of the quota given to the position:
 *
 * <ul>
 *   <li>{@code TWO_LEVELS} — only two levels used: the higher at most 50 % (clause 2(c); taken before
 *       (a) and (b) when a position uses two levels, which is our reading);
 *   <li>{@code TOP_5} — highest level 5: level 5 at most 30 %, level 4 at most 40 % (clause 2(a));
 *   <li>{@code TOP_4} — highest level 4: level 4 at most 40 % (clause 2(b));
 *   <li>{@code ONE_LEVEL}, {@code NONE} — one level or none: no cap (clause 4);
 *   <li>{@code SELF_DETERMINED} — a unit of autonomy group 1 or 2 sets its own ratios (clause 3).
 * </ul>
 *
 * A cap is a whole number of people, rounded down; a shortfall at one level is not added to a lower
 * one (clause 5), so each level is checked on its own.
 */
final class LevelRatioRules {

    private LevelRatioRules() {}

    static String rule(Integer min, Integer max, Integer autonomyGroup) {
        if (min == null) {
            return "NONE";
        }
        if (min.equals(max)) {
            return "ONE_LEVEL";
        }
        if (autonomyGroup != null && autonomyGroup <= 2) {
            return "SELF_DETERMINED";
        }
        if (max - min == 1) {
            return "TWO_LEVELS";
        }
        return max == 5 ? "TOP_5" : max == 4 ? "TOP_4" : "NONE";
    }

    /** The cap of a level in percent, or null when the level has none. */
    static Integer percent(String rule, int level, int max) {
        int pct = switch (rule) {
            case "TWO_LEVELS" -> level == max ? 50 : 0;
            case "TOP_5" -> level == 5 ? 30 : level == 4 ? 40 : 0;
            case "TOP_4" -> level == 4 ? 40 : 0;
            default -> 0;
        };
        return pct == 0 ? null : pct;
    }

    /** The cap in people: the percentage of the quota, rounded down. */
    static long cap(int quota, int percent) {
        return (long) quota * percent / 100;
    }
}
