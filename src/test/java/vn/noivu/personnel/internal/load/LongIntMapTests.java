package vn.noivu.personnel.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The ID-number map of an import: every key kept with its first value, through the segments' growth. */
class LongIntMapTests {

    @Test
    void keepsTheFirstValueOfEachKeyAsItGrows() {
        LongIntMap map = new LongIntMap(16);
        Map<Long, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int row = 1; row <= 200_000; row++) {
            // Twelve-digit ID numbers, some repeated.
            long key = 1_000_000_000L + random.nextLong(150_000);
            Integer first = expected.putIfAbsent(key, row);
            assertThat(map.putIfAbsent(key, row)).isEqualTo(first == null ? 0 : first);
        }
        assertThat(expected.size()).isLessThan(200_000);
    }
}
