package org.schoolscope.governance.domain;

import java.util.List;

/**
 * A person on the governance register: every record of them (joined by confirmed matches), every appointment at any
 * school, their declared interests and their training.
 */
public record Person(long id, List<PersonRecord> records, List<Appointment> appointments, List<Interest> interests,
        List<Training> training) {

    public Person {
        records = List.copyOf(records);
        appointments = List.copyOf(appointments);
        interests = List.copyOf(interests);
        training = List.copyOf(training);
    }

    /** The name as first recorded. */
    public String name() {
        return records.isEmpty() ? "" : records.get(0).fullName();
    }
}
