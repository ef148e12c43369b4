package org.schoolscope.governance.domain;

import java.time.LocalDate;

/** The clerk to a governing body from a date. */
public record Clerk(String name, String email, LocalDate fromOn) {
}
