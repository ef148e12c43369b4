package org.schoolscope.inspection.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Immutable, ordered copies of an inspection's judgements by area. */
final class Judgements {

    private Judgements() {
    }

    static <K extends Enum<K>, V> Map<K, V> copy(Map<K, V> judgements, Class<K> areas) {
        EnumMap<K, V> copy = new EnumMap<>(areas);
        if (judgements != null) {
            judgements.forEach((area, grade) -> {
                if (area == null || grade == null) {
                    throw new IllegalArgumentException("A judgement needs an area and a grade");
                }
                copy.put(area, grade);
            });
        }
        return Collections.unmodifiableMap(copy);
    }
}
