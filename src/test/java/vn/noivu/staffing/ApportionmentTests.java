package vn.noivu.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.noivu.staffing.internal.Apportionment;
import vn.noivu.staffing.internal.Percentages;

class ApportionmentTests {

    @Test
    void splitPostsFollowTheSuccessorsQuotasAndAddUpExactly() {
        // 100 posts, successors hold 30 and 50: exact shares 37.5 and 62.5; the leftover post goes to the
        // lower code on a tie.
        Map<String, Long> parts = Apportionment.divide(100, ordered("B", 30L, "A", 50L));
        assertThat(parts).containsEntry("A", 63L).containsEntry("B", 37L);
        assertThat(parts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(100);
    }

    @Test
    void largestRemaindersReceiveTheLeftoverPosts() {
        // 10 posts by 1:1:1 → 3.33 each; one post left, to the lowest code.
        assertThat(Apportionment.divide(10, ordered("X", 1L, "Y", 1L, "Z", 1L)))
                .containsEntry("X", 4L)
                .containsEntry("Y", 3L)
                .containsEntry("Z", 3L);
        // 7 posts by 5:3 → 4.375 and 2.625: the larger remainder (0.625) takes the post.
        assertThat(Apportionment.divide(7, ordered("A", 5L, "B", 3L)))
                .containsEntry("A", 4L)
                .containsEntry("B", 3L);
    }

    @Test
    void successorsWithoutQuotasShareEqually() {
        assertThat(Apportionment.divide(9, ordered("A", 0L, "B", 0L)))
                .containsEntry("A", 5L)
                .containsEntry("B", 4L);
    }

    @Test
    void reductionPercentIsRoundedHalfUpToTwoDecimals() {
        assertThat(Percentages.reduction(3, 2)).isEqualByComparingTo("33.33");
        assertThat(Percentages.reduction(8, 7)).isEqualByComparingTo("12.50");
        assertThat(Percentages.reduction(800, 799)).isEqualByComparingTo("0.13"); // 0.125 → 0.13
        assertThat(Percentages.reduction(1000, 1100)).isEqualByComparingTo("-10.00");
        assertThat(Percentages.reduction(0, 5)).isNull();
    }

    @Test
    void allowedCurrentIsTheLargestWholeNumberMeetingTheMinimum() {
        assertThat(Percentages.allowedCurrent(1000, new BigDecimal("10"))).isEqualTo(900);
        assertThat(Percentages.allowedCurrent(999, new BigDecimal("5"))).isEqualTo(949); // 949.05
        assertThat(Percentages.reduction(999, 949)).isGreaterThanOrEqualTo(new BigDecimal("5"));
    }

    private static Map<String, Long> ordered(Object... kv) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Long) kv[i + 1]);
        }
        return m;
    }
}
