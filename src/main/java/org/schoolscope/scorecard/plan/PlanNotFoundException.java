package org.schoolscope.scorecard.plan;

import org.schoolscope.web.RecordNotFoundException;

/** A plan, or an action of a plan, that is not stored. */
public class PlanNotFoundException extends RecordNotFoundException {

    public PlanNotFoundException(String message) {
        super(message);
    }
}
