package org.schoolscope.assessment;

import org.schoolscope.web.RecordNotFoundException;

/** A school, note or self-report that is not on record: a "page not found", never a server error. */
public class SoftIntelligenceNotFoundException extends RecordNotFoundException {

    public SoftIntelligenceNotFoundException(String message) {
        super(message);
    }
}
