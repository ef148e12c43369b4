package org.schoolscope.returns;

import org.schoolscope.web.RecordNotFoundException;

/** A return, a school's return, a sample or an audit that is not on record (or not asked of that school). */
public class ReturnNotFoundException extends RecordNotFoundException {

    public ReturnNotFoundException(String message) {
        super(message);
    }
}
