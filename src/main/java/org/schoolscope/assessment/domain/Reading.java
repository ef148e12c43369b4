package org.schoolscope.assessment.domain;

import java.util.Objects;

/** A fact as a rule read it for one school: its name and label, value, year and source. */
public record Reading(String fact, String label, Observed value, Provenance provenance) {

    public Reading {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
    }
}
