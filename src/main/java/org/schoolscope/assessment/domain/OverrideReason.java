package org.schoolscope.assessment.domain;

import org.schoolscope.shared.StatedReasons;

/**
 * Whether a written reason for overriding or withdrawing a category says something: at least three words of two
 * letters or more. "x", "ok" or "not a concern" are refused, because the record must say why to whoever reads it
 * later (a headteacher, the advisory board, an inspector). The rule is {@link StatedReasons}'s, shared with the
 * improvement cycle's reasons.
 */
public final class OverrideReason {

    public static final int MINIMUM_WORDS = StatedReasons.MINIMUM_WORDS;

    private OverrideReason() {
    }

    public static boolean meaningful(String reason) {
        return StatedReasons.meaningful(reason);
    }
}
