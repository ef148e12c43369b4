package org.schoolscope.scorecard.web;

import org.schoolscope.scorecard.ScorecardNotFoundException;
import org.schoolscope.shared.LaCode;

/** The council a scorecard page or API call is about: the configured one, or another by its DfE code. */
final class CouncilChoice {

    private CouncilChoice() {
    }

    static int of(String la, int configured) {
        if (la == null || la.isBlank()) {
            return configured;
        }
        try {
            return LaCode.parse(la.strip()).value();
        } catch (IllegalArgumentException e) {
            throw new ScorecardNotFoundException("No council " + la);
        }
    }
}
