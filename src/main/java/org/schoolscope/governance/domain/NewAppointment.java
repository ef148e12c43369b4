package org.schoolscope.governance.domain;

import java.time.LocalDate;
import java.util.Objects;

/** An appointment to enter: the person's details as given, and the place they take. */
public record NewAppointment(String fullName, String email, String postcode, GovernorCategory category,
        String appointingBody, LocalDate termStart, LocalDate termEnd) {

    public NewAppointment {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(termStart, "termStart");
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("A governor has a name");
        }
        if (appointingBody == null || appointingBody.isBlank()) {
            throw new IllegalArgumentException("A governor is appointed by someone");
        }
        if (termEnd != null && termEnd.isBefore(termStart)) {
            throw new IllegalArgumentException("A term of office ends after it starts");
        }
        email = email == null ? "" : email.strip();
        postcode = postcode == null ? "" : postcode.strip();
    }
}
