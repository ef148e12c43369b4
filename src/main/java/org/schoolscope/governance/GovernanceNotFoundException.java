package org.schoolscope.governance;

import org.schoolscope.web.RecordNotFoundException;

/** A school, person, appointment or vacancy the governance register does not have. */
public class GovernanceNotFoundException extends RecordNotFoundException {

    public GovernanceNotFoundException(String message) {
        super(message);
    }
}
