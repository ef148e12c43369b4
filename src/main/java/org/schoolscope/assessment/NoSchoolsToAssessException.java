package org.schoolscope.assessment;

import org.schoolscope.shared.LaCode;
import org.schoolscope.web.RecordNotFoundException;

/** A run was asked for a council with no schools in the register: most likely a mistyped LA code. */
public class NoSchoolsToAssessException extends RecordNotFoundException {

    public NoSchoolsToAssessException(LaCode laCode) {
        super("No schools of local authority " + laCode + " are in the register, so there is nothing to assess");
    }
}
