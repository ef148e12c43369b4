package org.schoolscope.profile.read;

import java.time.LocalDate;
import org.schoolscope.shared.Urn;

/** A predecessor or successor as GIAS links them; {@code inRegister} says whether we can link to its profile. */
public record SchoolLink(Urn linkedUrn, String linkedName, String linkType, LocalDate establishedOn,
        boolean inRegister) {
}
