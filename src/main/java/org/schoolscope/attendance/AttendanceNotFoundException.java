package org.schoolscope.attendance;

import org.schoolscope.web.RecordNotFoundException;

/** A council, school, term or pupil with no attendance on record: a "page not found", never a server error. */
public class AttendanceNotFoundException extends RecordNotFoundException {

    public AttendanceNotFoundException(String message) {
        super(message);
    }
}
