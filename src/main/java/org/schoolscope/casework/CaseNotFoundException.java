package org.schoolscope.casework;

import org.schoolscope.web.RecordNotFoundException;

/** A case that is not on record, or not one the viewer may see. */
public class CaseNotFoundException extends RecordNotFoundException {

    public CaseNotFoundException(String message) {
        super(message);
    }
}
