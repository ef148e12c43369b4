package org.schoolscope.improvement;

import org.schoolscope.web.RecordNotFoundException;

/** A school or board meeting the improvement pages were asked for is not on record. */
public class ImprovementCaseNotFoundException extends RecordNotFoundException {

    public ImprovementCaseNotFoundException(String message) {
        super(message);
    }
}
