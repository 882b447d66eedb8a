package vn.noivu.reward;

import java.util.List;
import java.util.Map;

/**
 * An emulation cluster or bloc (cụm, khối thi đua) with its members of a year and its leaders by year.
 *
 * @param leaderRule ROTATION (by the members' rotation order) or VOTE (at most two rounds)
 */
public record Cluster(
        String code,
        String name,
        String leaderRule,
        Integer year,
        List<Member> members,
        List<Leader> leaders,
        List<Flag> flags) {

    /** A cluster to create. */
    public record Request(String code, String name, String leaderRule) {}

    /** A member of a year and its place in the rotation order. */
    public record Member(String orgCode, Integer rotationOrder) {}

    /** The leader of a year and how it was chosen (ROTATION, VOTE or DESIGNATION). */
    public record Leader(int year, String orgCode, String chosenBy, Integer rounds) {}

    /** A designation of a leader (the first year, or after an unresolved vote). */
    public record Designation(String orgCode) {}

    /** The votes of one or two rounds: unit code → votes. */
    public record Vote(List<Map<String, Integer>> rounds) {}

    /** A criterion of the year-end scoring with its maximum points. */
    public record Criterion(String code, String name, java.math.BigDecimal maxPoints) {}

    /** The points of a member on a criterion. */
    public record Score(String orgCode, String criterion, java.math.BigDecimal points) {}

    /** A member's total of the year and its rank (equal totals share a rank). */
    public record Standing(String orgCode, String orgName, java.math.BigDecimal total, int rank) {}

    /** The cluster's proposal of its leading member for an emulation flag (CO_TD_BO_TINH or CO_TD_CP). */
    public record Flag(int year, String title, String orgCode, java.math.BigDecimal totalPoints) {}

    /** A flag proposal to make; {@code orgCode} chooses among members tied at the top. */
    public record FlagRequest(String title, String orgCode) {}
}
