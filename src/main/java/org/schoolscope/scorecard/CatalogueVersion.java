package org.schoolscope.scorecard;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.schoolscope.scorecard.domain.Indicator;

/** One stored version of the indicator catalogue: the YAML it edited, its indicators, who changed it, why, when. */
public record CatalogueVersion(long id, int version, String yaml, List<Indicator> indicators, String author,
        String reason, Instant createdAt) {

    public CatalogueVersion {
        Objects.requireNonNull(yaml, "yaml");
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
