package org.schoolscope.profile;

import org.schoolscope.web.RecordNotFoundException;

/** No school in the register has the URN asked for, or what was asked for is not a URN at all. */
public class SchoolNotFoundException extends RecordNotFoundException {

    public SchoolNotFoundException(String urnAsGiven) {
        super("No school with URN " + urnAsGiven + " is in the register");
    }
}
