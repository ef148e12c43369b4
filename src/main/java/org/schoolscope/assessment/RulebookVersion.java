package org.schoolscope.assessment;

import java.time.Instant;
import java.util.Objects;

/** One stored version of the council's rulebook: the YAML it edited, and who changed it, why and when. */
public record RulebookVersion(long id, int version, String yaml, String author, String reason, Instant createdAt) {

    public RulebookVersion {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
