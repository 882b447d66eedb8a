package vn.noivu.personnel.internal.load;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to int values without boxing: a national import of 2.5 million
 * ID numbers needs about 100 MB here instead of several hundred in a {@code HashMap}.
 *
 * <p>The keys are spread over {@value #SEGMENTS} tables that grow one at a time. One table of millions
 * of slots would be a "humongous" object for G1 (over half a heap region, 512 KB under a 1 GB heap):
 * each time it doubled, G1 started a concurrent marking of the whole heap, about one every half second
 * of a national import, on a core the import needs.
 */
public final class LongIntMap {

    private static final long EMPTY = Long.MIN_VALUE;
    private static final int SEGMENT_BITS = 10;
    private static final int SEGMENTS = 1 << SEGMENT_BITS;

    private final Segment[] segments = new Segment[SEGMENTS];

    public LongIntMap(int expected) {
        int perSegment = Math.max(16, expected / SEGMENTS);
        for (int i = 0; i < SEGMENTS; i++) {
            segments[i] = new Segment(perSegment);
        }
    }

    /** Puts the key if absent and returns 0, or returns the value already there. */
    public int putIfAbsent(long key, int value) {
        // The high bits choose the segment, the low bits the slot in it: independent of each other.
        return segments[(int) (mix(key) >>> (64 - SEGMENT_BITS))].putIfAbsent(key, value);
    }

    /** Spreads ID numbers, which differ mostly in their last digits, over every bit. */
    private static long mix(long key) {
        return key * 0x9E3779B97F4A7C15L;
    }

    private static final class Segment {
        private long[] keys;
        private int[] values;
        private int size;

        Segment(int expected) {
            int capacity = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
            keys = new long[capacity];
            values = new int[capacity];
            Arrays.fill(keys, EMPTY);
        }

        int putIfAbsent(long key, int value) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = (int) mix(key) & mask;
            while (keys[i] != EMPTY) {
                if (keys[i] == key) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
            size++;
            return 0;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldValues.length * 2];
            Arrays.fill(keys, EMPTY);
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    putIfAbsent(oldKeys[i], oldValues[i]);
                }
            }
        }
    }
}
