package org.schoolscope.assessment;

import java.time.Instant;
import java.util.Objects;
import org.schoolscope.shared.Urn;

/**
 * An officer's decision to place a school in another category than the run computed, with the written reason, and
 * the evidence it answered: the category the run computed ({@code answeredCategory}) and a fingerprint of its
 * published reasons ({@code answeredEvidence}); both null for an override made before they were recorded.
 */
public record CategoryOverride(long id, long runId, Urn urn, String category, String reason, String madeBy,
        Instant madeAt, String answeredCategory, String answeredEvidence) {

    public CategoryOverride {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(madeBy, "madeBy");
        Objects.requireNonNull(madeAt, "madeAt");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An override needs a written reason");
        }
    }
}
