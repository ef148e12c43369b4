package org.schoolscope.correspondence;

import org.schoolscope.web.RecordNotFoundException;

/** A letter or report asked for a school or an assessment run that is not on record. */
public class CorrespondenceNotFoundException extends RecordNotFoundException {

    public CorrespondenceNotFoundException(String message) {
        super(message);
    }
}
