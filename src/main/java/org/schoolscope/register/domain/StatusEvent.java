package org.schoolscope.register.domain;

import java.time.LocalDate;
import org.schoolscope.register.Evidence;
import org.schoolscope.shared.Urn;

/**
 * One dated thing the evidence says about whether a school was open, and from which day it holds.
 *
 * @param effective the first day the event speaks for: a close date's next day, an open date itself
 * @param listId the complete list a listing or an absence is about, or null
 * @param via for a listing under a predecessor's URN, that predecessor
 */
record StatusEvent(Kind kind, LocalDate effective, Evidence evidence, Long listId, Urn via) {

    /** In the order that breaks a tie on one day: a later kind is the stronger statement. */
    enum Kind {
        NOT_LISTED, PRESENT, OPENED, STATUS_OPEN, PROPOSED, LISTED, CLOSED, SUCCEEDED;

        boolean closes() {
            return this == CLOSED || this == SUCCEEDED;
        }

        boolean opens() {
            return this == PRESENT || this == OPENED || this == STATUS_OPEN || this == LISTED;
        }
    }
}
