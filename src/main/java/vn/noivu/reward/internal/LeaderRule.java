package vn.noivu.reward.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a cluster (cụm thi đua) chooses next year's leader: by its rotation order, or by a vote of its
 * members with at most two rounds (a unit is elected with the votes of more than half of the members;
 * the second round is between the two leading units of the first). A vote that elects nobody after
 * two rounds is left to the cluster's leader and deputy, who designate the leader.
 */
public final class LeaderRule {

    private LeaderRule() {}

    /** A member of a year with its place in the rotation order. */
    public record Member(String orgCode, int rotationOrder) {}

    /** The outcome of a vote: the elected unit, or none with the message key that says why. */
    public record VoteOutcome(String elected, int rounds, String reasonKey, Object... reasonArgs) {

        public boolean decided() {
            return elected != null;
        }
    }

    /**
     * The member after {@code previousLeader} in the rotation order, wrapping round; the first member
     * when there was no leader or the previous one is no longer a member (then the first member after
     * its old place, {@code previousOrder}).
     */
    public static Optional<String> rotation(List<Member> members, String previousLeader, Integer previousOrder) {
        List<Member> ordered = members.stream()
                .sorted(Comparator.comparingInt(Member::rotationOrder))
                .toList();
        if (ordered.isEmpty()) {
            return Optional.empty();
        }
        Integer from = ordered.stream()
                .filter(m -> m.orgCode().equals(previousLeader))
                .map(Member::rotationOrder)
                .findFirst()
                .orElse(previousOrder);
        if (from == null) {
            return Optional.of(ordered.get(0).orgCode());
        }
        return Optional.of(ordered.stream()
                .filter(m -> m.rotationOrder() > from)
                .findFirst()
                .orElse(ordered.get(0))
                .orgCode());
    }

    /** Counts one or two rounds of votes (unit → votes) cast by the members of the year. */
    public static VoteOutcome vote(Set<String> members, List<Map<String, Integer>> rounds) {
        if (rounds.isEmpty() || rounds.size() > 2 || rounds.stream().anyMatch(java.util.Objects::isNull)) {
            return new VoteOutcome(null, rounds.size(), "reward.cluster.vote.rounds");
        }
        int electorate = members.size();
        List<String> allowed = new ArrayList<>(members);
        for (int i = 0; i < rounds.size(); i++) {
            Map<String, Integer> round = rounds.get(i);
            for (var e : round.entrySet()) {
                if (!allowed.contains(e.getKey())) {
                    return new VoteOutcome(
                            null,
                            i + 1,
                            i == 0 ? "reward.cluster.vote.notMember" : "reward.cluster.vote.notInRunoff",
                            e.getKey(),
                            i + 1);
                }
                if (e.getValue() == null || e.getValue() < 0) {
                    return new VoteOutcome(null, i + 1, "reward.cluster.vote.negative", e.getKey(), i + 1);
                }
            }
            int cast = round.values().stream().mapToInt(Integer::intValue).sum();
            if (cast > electorate) {
                return new VoteOutcome(null, i + 1, "reward.cluster.vote.tooMany", i + 1, cast, electorate);
            }
            List<Map.Entry<String, Integer>> ranked = round.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .toList();
            if (!ranked.isEmpty() && 2 * ranked.get(0).getValue() > electorate) {
                if (i + 1 < rounds.size()) {
                    return new VoteOutcome(
                            null,
                            i + 1,
                            "reward.cluster.vote.alreadyElected",
                            ranked.get(0).getKey());
                }
                return new VoteOutcome(ranked.get(0).getKey(), i + 1, null);
            }
            if (i == 0) {
                // The run-off is between the two leading units; a tie for second place lets all tied in.
                int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
                allowed = ranked.stream()
                        .filter(e -> e.equals(ranked.get(0)) || e.getValue() >= second && e.getValue() > 0)
                        .map(Map.Entry::getKey)
                        .collect(Collectors.toList());
            }
        }
        return new VoteOutcome(null, rounds.size(), "reward.cluster.vote.unresolved", rounds.size());
    }
}
