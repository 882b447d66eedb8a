package vn.noivu.reward;

import java.util.List;
import java.util.Map;

/**
 * An emulation cluster or bloc (cụm, khối thi đua) with its members of a year and its leaders by year.
 *
 * @param leaderRule ROTATION (by the members' rotation order) or VOTE (at most two rounds)
 */
public record Cluster(
        String code, String name, String leaderRule, Integer year, List<Member> members, List<Leader> leaders) {

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
}
