package org.schoolscope.scorecard;

import org.schoolscope.web.RecordNotFoundException;

/** An indicator, council or year the scorecard has no page for. */
public class ScorecardNotFoundException extends RecordNotFoundException {

    public ScorecardNotFoundException(String message) {
        super(message);
    }
}
