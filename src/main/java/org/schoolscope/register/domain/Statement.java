package org.schoolscope.register.domain;

import java.time.LocalDate;
import org.schoolscope.shared.Urn;

/**
 * One file's account of one school, as stored: what a row said, the date the file describes and, for a file that
 * covers an academic year, the year's first day. A null field means the file does not say.
 *
 * @param asAt the date the file describes
 * @param openFrom for a file of the schools of an academic year (the performance-tables spine), the year's first day:
 *     a school in it without an open date was open then
 * @param listId the complete list the row was part of, or null
 */
public record Statement(Urn urn, LocalDate asAt, LocalDate openFrom, Long listId, Integer laCode, Integer laestab,
        String name, String establishmentType, String typeGroup, String status, String phase, LocalDate openDate,
        LocalDate closeDate, Integer statutoryLowAge, Integer statutoryHighAge, String trustName, String constituency,
        String sourceFile, long importId) {

    /** The day the statement's facts (name, type, phase) are dated by: the start of its year, else its date. */
    public LocalDate factsFrom() {
        return openFrom != null && openFrom.isBefore(asAt) ? openFrom : asAt;
    }
}
