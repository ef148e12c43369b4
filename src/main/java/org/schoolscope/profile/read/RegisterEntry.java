package org.schoolscope.profile.read;

import java.time.LocalDate;
import org.schoolscope.shared.Urn;

/** What the register holds about one school now, with its district worked out from the council's mapping. */
public record RegisterEntry(Urn urn, Integer laestab, Integer laCode, String laName, String name,
        String establishmentType, String typeGroup, String phase, String status, LocalDate openDate,
        LocalDate closeDate, Integer statutoryLowAge, Integer statutoryHighAge, Integer numberOfPupils,
        ResponsibleBody responsibleBody, String trustName, String federationName, String constituency,
        String district) {
}
