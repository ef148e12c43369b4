package org.schoolscope.assessment;

import org.schoolscope.web.RecordNotFoundException;

/** The school asked about is not in the register, or no run has assessed it yet. */
public class AssessmentNotFoundException extends RecordNotFoundException {

    public AssessmentNotFoundException(String message) {
        super(message);
    }
}
