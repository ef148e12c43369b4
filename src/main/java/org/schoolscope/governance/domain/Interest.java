package org.schoolscope.governance.domain;

import java.time.LocalDate;
import org.schoolscope.shared.Urn;

/** A governor's declared business, pecuniary or other interest, declared at a school's governing body. */
public record Interest(long id, Kind kind, String description, LocalDate declaredOn, Urn urn, String recordedBy) {

    public enum Kind {
        BUSINESS, PECUNIARY, OTHER
    }
}
