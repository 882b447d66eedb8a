package vn.noivu.reward;

import java.util.List;

/**
 * Emulation and commendation of a scope in a year, as the annual review states it: movements launched
 * (by the decision's date) per kind and the registrations in them, awards of the year per title or form
 * (revoked ones not counted) and the bonus paid for them, and the emulation flags proposed for the
 * scope's units by their clusters.
 */
public record RewardYear(
        int year,
        long regularMovements,
        long thematicMovements,
        long registrations,
        List<TitleCount> awards,
        long bonus,
        List<FlagOf> flags) {

    /** Awards of one title or form: to units ({@code collective}) or to people. */
    public record TitleCount(String title, String name, boolean collective, long awards, long bonus) {}

    /**
     * A cluster's flag proposal for one of the scope's units, with the cluster's leader (cụm trưởng) of
     * the year when one was chosen (null otherwise).
     */
    public record FlagOf(
            String cluster,
            String clusterName,
            String title,
            String titleName,
            String orgCode,
            String orgName,
            String leaderCode,
            String leaderName) {}

    public long movements() {
        return regularMovements + thematicMovements;
    }

    public long awardCount() {
        return awards.stream().mapToLong(TitleCount::awards).sum();
    }
}
