package org.schoolscope.assessment.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every fact a rulebook may name: the standard inspection and intelligence facts plus the measures on record. */
public final class FactCatalogue {

    private final Map<String, FactDefinition> facts;

    private FactCatalogue(Map<String, FactDefinition> facts) {
        this.facts = Map.copyOf(facts);
    }

    public static FactCatalogue of(Collection<FactDefinition> definitions) {
        Map<String, FactDefinition> byName = new LinkedHashMap<>();
        for (FactDefinition definition : definitions) {
            if (byName.put(definition.name(), definition) != null) {
                throw new IllegalArgumentException("Two facts are both called " + definition.name());
            }
        }
        return new FactCatalogue(byName);
    }

    /** The standard facts and the given measures (code to plain-English label). */
    public static FactCatalogue standardWithMeasures(Map<String, String> measureLabels) {
        List<FactDefinition> definitions = new ArrayList<>(StandardFacts.all());
        measureLabels.forEach((code, label) -> definitions.add(FactDefinition.measure(code, label)));
        return of(definitions);
    }

    public Optional<FactDefinition> find(String name) {
        return Optional.ofNullable(facts.get(name));
    }

    public Collection<FactDefinition> all() {
        return facts.values();
    }
}
