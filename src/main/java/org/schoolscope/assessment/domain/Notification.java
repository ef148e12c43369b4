package org.schoolscope.assessment.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.schoolscope.register.ResponsibleBody;

/**
 * Schools the council assesses but does not place on its own list: academies and free schools answer to DfE's
 * regional director, so a concern about one becomes a notification under {@code category} instead.
 */
public record Notification(Set<ResponsibleBody> responsibleBodies, String category) {

    public Notification {
        Objects.requireNonNull(category, "category");
        responsibleBodies = responsibleBodies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(responsibleBodies));
    }

    public static Notification none() {
        return new Notification(Set.of(), "");
    }

    public boolean covers(ResponsibleBody body) {
        return responsibleBodies.contains(body);
    }
}
