package org.schoolscope.assessment.domain;

import java.util.Objects;

/** A council's named category; the higher the severity, the more urgent. */
public record Category(String name, int severity) {

    public Category {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A category needs a name");
        }
    }
}
