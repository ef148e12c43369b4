package org.schoolscope.governance.domain;

import java.time.LocalDate;

/** A course a governor completed (seed 000 section 5.2: "participation at training tracked"). */
public record Training(long id, String course, LocalDate completedOn, String recordedBy) {
}
