package org.schoolscope.register.domain;

import java.time.LocalDate;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.register.SchoolFacts;

/**
 * A school as the register knows it now: everything the files said, newest first, and who is responsible for it.
 */
public record SchoolPicture(SchoolFacts facts, ResponsibleBody responsibleBody) {

    public static SchoolPicture of(SchoolFacts facts) {
        return new SchoolPicture(facts, ResponsibleBodyRule.derive(facts.establishmentType(), facts.typeGroup()));
    }

    /** The picture once newer facts are taken in: a field the newer file does not give keeps its recorded value. */
    public SchoolPicture updatedWith(SchoolFacts newer) {
        SchoolFacts old = facts;
        return of(new SchoolFacts(old.urn(), or(newer.laestab(), old.laestab()), or(newer.laCode(), old.laCode()),
                or(newer.laName(), old.laName()), or(newer.name(), old.name()),
                or(newer.establishmentType(), old.establishmentType()), or(newer.typeGroup(), old.typeGroup()),
                or(newer.status(), old.status()), or(newer.phase(), old.phase()), or(newer.openDate(), old.openDate()),
                or(newer.closeDate(), old.closeDate()), or(newer.statutoryLowAge(), old.statutoryLowAge()),
                or(newer.statutoryHighAge(), old.statutoryHighAge()), or(newer.numberOfPupils(), old.numberOfPupils()),
                or(newer.gender(), old.gender()), or(newer.religiousCharacter(), old.religiousCharacter()),
                or(newer.trustName(), old.trustName()), or(newer.federationName(), old.federationName()),
                or(newer.constituency(), old.constituency()), or(newer.ward(), old.ward())));
    }

    public SchoolHistoryEntry historyEntry(LocalDate asAt) {
        return SchoolHistoryEntry.of(asAt, this);
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
