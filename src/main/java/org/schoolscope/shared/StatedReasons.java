package org.schoolscope.shared;

import java.util.Arrays;

/**
 * Whether a reason a person writes for a decision says something: at least three words of two letters or more. "x",
 * "ok" or "not needed" are refused, because the record must say why to whoever reads it later (a headteacher, the
 * advisory board, an inspector). One answer for every module that asks for a reason: an override of a category, its
 * withdrawal, taking a school off the proposed list and putting it back.
 */
public final class StatedReasons {

    public static final int MINIMUM_WORDS = 3;

    private StatedReasons() {
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
