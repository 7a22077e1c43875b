package fangrid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StringIntMapTest {
    @Test
    void answersAsAHashMapThroughGrowthReplacementAndCollidingHashes() {
        StringIntMap map = new StringIntMap(4);
        Map<String, Integer> expected = new HashMap<>();
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 200_000; i++) {
            String text = "C" + r.nextInt(150_000);
            map.put(text, i);
            expected.put(text, i);
        }
        // "Aa" and "BB" share a String hash: both must be kept apart
        map.put("Aa", 1);
        map.put("BB", 2);
        expected.put("Aa", 1);
        expected.put("BB", 2);
        assertEquals(expected.size(), map.size());
        expected.forEach((text, value) -> assertEquals(value, map.get(text), text));
        assertEquals(StringIntMap.ABSENT, map.get("C150000"));
        assertEquals(StringIntMap.ABSENT, map.get(""));
    }

    @Test
    void clearingForgetsEverything() {
        StringIntMap map = new StringIntMap(16);
        map.put("a", 0);
        map.put("b", 7);
        map.clear();
        assertEquals(0, map.size());
        assertEquals(StringIntMap.ABSENT, map.get("a"));
        map.put("b", 3);
        assertEquals(3, map.get("b"));
    }

    @Test
    void refusesNegativeValues() {
        assertThrows(IllegalArgumentException.class, () -> new StringIntMap(1).put("a", -1));
    }
}
