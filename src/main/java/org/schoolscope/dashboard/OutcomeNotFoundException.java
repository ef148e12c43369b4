package org.schoolscope.dashboard;

import org.schoolscope.web.RecordNotFoundException;

/** A headline outcome the dashboard has no page for. */
public class OutcomeNotFoundException extends RecordNotFoundException {

    public OutcomeNotFoundException(String slug) {
        super("No headline outcome " + slug);
    }
}
