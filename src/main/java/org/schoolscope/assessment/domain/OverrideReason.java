package org.schoolscope.assessment.domain;

import java.util.Arrays;

/**
 * Whether a written reason for overriding or withdrawing a category says something: at least three words of two
 * letters or more. "x", "ok" or "not a concern" are refused, because the record must say why to whoever reads it
 * later (a headteacher, the advisory board, an inspector).
 */
public final class OverrideReason {

    public static final int MINIMUM_WORDS = 3;

    private OverrideReason() {
    }

    public static boolean meaningful(String reason) {
        if (reason == null) {
            return false;
        }
        long words = Arrays.stream(reason.strip().split("[^\\p{L}\\p{N}']+"))
                .filter(word -> word.codePoints().filter(Character::isLetter).count() >= 2).count();
        return words >= MINIMUM_WORDS;
    }
}
