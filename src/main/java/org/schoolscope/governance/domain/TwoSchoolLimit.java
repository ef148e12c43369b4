package org.schoolscope.governance.domain;

/**
 * Seed 000 section 5.2: "an individual should only be a governor at a maximum of two schools at any one time".
 */
public final class TwoSchoolLimit {

    public static final int MAXIMUM_SCHOOLS = 2;

    private TwoSchoolLimit() {
    }

    public static boolean over(int schools) {
        return schools > MAXIMUM_SCHOOLS;
    }
}
