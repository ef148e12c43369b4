package org.schoolscope.scorecard.domain;

import java.util.Arrays;

/**
 * Whether a written reason for setting a status says something: at least three words of two letters or more, as the
 * assessment module asks of a category override. "x" or "ok" is refused: the board reads why.
 */
public final class WrittenReason {

    public static final int MINIMUM_WORDS = 3;

    private WrittenReason() {
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
