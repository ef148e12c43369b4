package org.schoolscope.governance.domain;

import java.time.Instant;

/**
 * One record of a person as entered or imported: their name, email and postcode as given, and where the record came
 * from. A person may have several records, joined by an officer's confirmed match; {@code personId} is the person
 * they belong to.
 */
public record PersonRecord(long id, long personId, String fullName, String email, String postcode, String source,
        String recordedBy, Instant recordedAt) {

    public String nameKey() {
        return PersonName.key(fullName);
    }
}
