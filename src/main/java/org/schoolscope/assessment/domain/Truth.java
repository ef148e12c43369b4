package org.schoolscope.assessment.domain;

/**
 * Three-valued logic (Kleene's) as small ints, so evaluators stay primitive. A comparison with a figure that is not
 * available is UNKNOWN, not false: that way {@code not (ks2.rwm_expected >= 60)} cannot fire for a school whose
 * figure is missing, and a rule fires only when its condition is TRUE on the figures that exist.
 */
final class Truth {

    static final int FALSE = 0;
    static final int TRUE = 1;
    static final int UNKNOWN = 2;

    private Truth() {
    }

    static int of(boolean value) {
        return value ? TRUE : FALSE;
    }

    static int and(int left, int right) {
        if (left == FALSE || right == FALSE) {
            return FALSE;
        }
        return left == TRUE && right == TRUE ? TRUE : UNKNOWN;
    }

    static int or(int left, int right) {
        if (left == TRUE || right == TRUE) {
            return TRUE;
        }
        return left == FALSE && right == FALSE ? FALSE : UNKNOWN;
    }

    static int not(int value) {
        return value == UNKNOWN ? UNKNOWN : 1 - value;
    }
}
