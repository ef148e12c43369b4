package org.schoolscope.register.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.register.SchoolFacts;
import org.schoolscope.shared.Urn;

/**
 * One dated row of a school's history: the facts a past year is reported by (who ran it, what it was called,
 * where it was). Pupil numbers and ages are left to the current picture, so a new census alone adds no history.
 */
public record SchoolHistoryEntry(LocalDate asAt, Integer laestab, Integer laCode, String name,
        String establishmentType, String typeGroup, String status, String phase, String trustName,
        String federationName, String constituency, String ward, ResponsibleBody responsibleBody) {

    public static SchoolHistoryEntry of(LocalDate asAt, SchoolPicture picture) {
        SchoolFacts f = picture.facts();
        return new SchoolHistoryEntry(asAt, f.laestab(), f.laCode(), f.name(), f.establishmentType(), f.typeGroup(),
                f.status(), f.phase(), f.trustName(), f.federationName(), f.constituency(), f.ward(),
                picture.responsibleBody());
    }

    /** The entry as facts, so that an older file can be merged over the history in effect at its date. */
    public SchoolPicture asPicture(Urn urn) {
        return SchoolPicture.of(new SchoolFacts(urn, laestab, laCode, null, name, establishmentType, typeGroup, status,
                phase, null, null, null, null, null, null, null, trustName, federationName, constituency, ward));
    }

    /** Same facts, whatever the date: a re-import of unchanged facts adds no history. */
    public boolean sameFactsAs(SchoolHistoryEntry other) {
        return other != null && Objects.equals(laestab, other.laestab) && Objects.equals(laCode, other.laCode)
                && Objects.equals(name, other.name) && Objects.equals(establishmentType, other.establishmentType)
                && Objects.equals(typeGroup, other.typeGroup) && Objects.equals(status, other.status)
                && Objects.equals(phase, other.phase) && Objects.equals(trustName, other.trustName)
                && Objects.equals(federationName, other.federationName)
                && Objects.equals(constituency, other.constituency) && Objects.equals(ward, other.ward)
                && responsibleBody == other.responsibleBody;
    }
}
