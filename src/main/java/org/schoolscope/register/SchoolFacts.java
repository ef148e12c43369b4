package org.schoolscope.register;

import java.time.LocalDate;
import org.schoolscope.shared.Urn;

/**
 * What one published file says about one school. A null field means "this file does not say", so a file that
 * knows less (the Ofsted file has no open date) never blanks what a richer file (GIAS) recorded. Even the name may
 * be missing: the school census names no school.
 */
public record SchoolFacts(Urn urn, Integer laestab, Integer laCode, String laName, String name,
        String establishmentType, String typeGroup, String status, String phase, LocalDate openDate,
        LocalDate closeDate, Integer statutoryLowAge, Integer statutoryHighAge, Integer numberOfPupils, String gender,
        String religiousCharacter, String trustName, String federationName, String constituency, String ward) {

    public SchoolFacts {
        if (urn == null) {
            throw new IllegalArgumentException("A school's facts need its URN");
        }
        if (name != null && name.isBlank()) {
            name = null;
        }
    }
}
