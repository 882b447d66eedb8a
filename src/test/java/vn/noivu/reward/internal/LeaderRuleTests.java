package vn.noivu.reward.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.noivu.reward.internal.LeaderRule.Member;

class LeaderRuleTests {

    private static final List<Member> MEMBERS =
            List.of(new Member("HN", 1), new Member("HP", 2), new Member("QN", 3), new Member("BN", 4));
    private static final Set<String> FIVE = Set.of("A", "B", "C", "D", "E");

    @Test
    void rotationHandsTheLeadToTheNextMemberAndWrapsRound() {
        assertThat(LeaderRule.rotation(MEMBERS, "HP", 2)).contains("QN");
        assertThat(LeaderRule.rotation(MEMBERS, "BN", 4)).contains("HN");
    }

    @Test
    void rotationStartsWithTheFirstMemberAndSkipsALeaderWhoLeftTheCluster() {
        assertThat(LeaderRule.rotation(MEMBERS, null, null)).contains("HN");
        List<Member> withoutHp = List.of(new Member("HN", 1), new Member("QN", 3), new Member("BN", 4));
        assertThat(LeaderRule.rotation(withoutHp, "HP", 2)).contains("QN");
    }

    @Test
    void aMajorityOfMembersInTheFirstRoundElects() {
        var outcome = LeaderRule.vote(FIVE, List.of(Map.of("A", 3, "B", 2)));
        assertThat(outcome.elected()).isEqualTo("A");
        assertThat(outcome.rounds()).isEqualTo(1);
    }

    @Test
    void withoutAMajorityTheSecondRoundIsBetweenTheTwoLeaders() {
        var outcome = LeaderRule.vote(FIVE, List.of(Map.of("A", 2, "B", 2, "C", 1), Map.of("A", 2, "B", 3)));
        assertThat(outcome.elected()).isEqualTo("B");
        assertThat(outcome.rounds()).isEqualTo(2);
        var third = LeaderRule.vote(FIVE, List.of(Map.of("A", 2, "B", 2, "C", 1), Map.of("C", 3)));
        assertThat(third.decided()).isFalse();
        assertThat(third.reasonKey()).isEqualTo("reward.cluster.vote.notInRunoff");
    }

    @Test
    void twoRoundsWithoutAMajorityLeaveTheChoiceToTheLeaderAndDeputyAndAThirdRoundIsRefused() {
        var outcome = LeaderRule.vote(FIVE, List.of(Map.of("A", 2, "B", 2, "C", 1), Map.of("A", 2, "B", 2)));
        assertThat(outcome.decided()).isFalse();
        assertThat(outcome.reasonKey()).isEqualTo("reward.cluster.vote.unresolved");
        var three = LeaderRule.vote(FIVE, List.of(Map.of("A", 2), Map.of("A", 2), Map.of("A", 3)));
        assertThat(three.reasonKey()).isEqualTo("reward.cluster.vote.rounds");
    }

    @Test
    void votesOfNonMembersOrMoreVotesThanMembersAreRefused() {
        assertThat(LeaderRule.vote(FIVE, List.of(Map.of("Z", 3))).reasonKey())
                .isEqualTo("reward.cluster.vote.notMember");
        assertThat(LeaderRule.vote(FIVE, List.of(Map.of("A", 4, "B", 3))).reasonKey())
                .isEqualTo("reward.cluster.vote.tooMany");
    }
}
