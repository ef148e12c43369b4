package org.schoolscope.improvement.domain;

import java.util.Locale;

/**
 * Seed 004, Stage 3: "The criteria for removal from the list ... is that the school has received a judgement of
 * Good or Outstanding at their most recent inspection, and, the Ofsted feedback does not indicate a requirement for
 * further support." Without both, removal needs a stated reason.
 */
public final class RemovalRule {

    public static final String STATEMENT = "Good or Outstanding at the most recent inspection, and the Ofsted "
            + "feedback does not indicate a need for further support (seed 004, Stage 3)";

    private RemovalRule() {
    }

    /** True when the latest inspection outcome is Good or Outstanding and its feedback asked for no further support. */
    public static boolean isMet(String latestOutcome, boolean furtherSupportIndicated) {
        if (latestOutcome == null || furtherSupportIndicated) {
            return false;
        }
        String outcome = latestOutcome.strip().toLowerCase(Locale.ROOT);
        return outcome.equals("good") || outcome.equals("outstanding");
    }
}
