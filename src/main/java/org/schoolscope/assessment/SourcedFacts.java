package org.schoolscope.assessment;

import java.util.List;
import java.util.Map;
import org.schoolscope.shared.Urn;

/**
 * What a {@link SchoolFactSource} knows as at one moment: facts by school, and the facts every other school has
 * ({@code otherwise}), such as "no open case", which is known rather than missing.
 */
public record SourcedFacts(Map<Urn, List<SourcedFact>> bySchool, List<SourcedFact> otherwise) {

    public SourcedFacts {
        bySchool = Map.copyOf(bySchool);
        otherwise = List.copyOf(otherwise);
    }

    public static SourcedFacts none() {
        return new SourcedFacts(Map.of(), List.of());
    }
}
