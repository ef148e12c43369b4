package org.schoolscope.assessment.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schoolscope.assessment.FactsAsAt;
import org.schoolscope.assessment.SchoolFactSource;
import org.schoolscope.assessment.SourcedFact;
import org.schoolscope.assessment.SourcedFactDefinition;
import org.schoolscope.assessment.SourcedFacts;
import org.schoolscope.assessment.domain.FactDefinition;
import org.schoolscope.assessment.domain.FactValue;
import org.schoolscope.assessment.domain.Provenance;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Component;

/**
 * The facts other modules publish through {@link SchoolFactSource} beans, as the rule engine's definitions and
 * values. A source that gives a fact it did not define, or a value of another kind than it defined, is a programming
 * error and stops the run, naming the fact, rather than quietly leaving the fact out.
 */
@Component
class SourcedFactsQuery {

    private final List<SchoolFactSource> sources;

    SourcedFactsQuery(List<SchoolFactSource> sources) {
        this.sources = List.copyOf(sources);
    }

    List<FactDefinition> definitions() {
        List<FactDefinition> definitions = new ArrayList<>();
        for (SchoolFactSource source : sources) {
            source.definitions().forEach(definition -> definitions.add(definition(definition)));
        }
        return definitions;
    }

    /** Facts by URN and the facts of every school no source mentions; nothing for a snapshot without a moment. */
    Found find(SchoolScope scope) {
        Map<Integer, Map<String, FactValue>> bySchool = new HashMap<>();
        Map<String, FactValue> otherwise = new HashMap<>();
        if (scope.snapshot().softFactsAsAt() == null) {
            return new Found(bySchool, otherwise);
        }
        FactsAsAt asAt = new FactsAsAt(scope.laCode(), scope.asOf(), scope.snapshot().softFactsAsAt());
        for (SchoolFactSource source : sources) {
            Map<String, SourcedFactDefinition> defined = new HashMap<>();
            source.definitions().forEach(definition -> defined.put(definition.name(), definition));
            SourcedFacts facts = source.read(asAt);
            for (SourcedFact fact : facts.otherwise()) {
                otherwise.put(fact.name(), value(fact, defined));
            }
            for (Map.Entry<Urn, List<SourcedFact>> school : facts.bySchool().entrySet()) {
                Map<String, FactValue> values = bySchool.computeIfAbsent(school.getKey().value(),
                        urn -> new HashMap<>());
                for (SourcedFact fact : school.getValue()) {
                    values.put(fact.name(), value(fact, defined));
                }
            }
        }
        return new Found(bySchool, otherwise);
    }

    record Found(Map<Integer, Map<String, FactValue>> bySchool, Map<String, FactValue> otherwise) {
    }

    private static FactDefinition definition(SourcedFactDefinition definition) {
        return switch (definition.kind()) {
            case FLAG -> FactDefinition.flag(definition.name(), definition.label());
            case NUMBER -> FactDefinition.number(definition.name(), definition.label());
            case TEXT -> FactDefinition.text(definition.name(), definition.label(), definition.allowedWords());
        };
    }

    private static FactValue value(SourcedFact fact, Map<String, SourcedFactDefinition> defined) {
        SourcedFactDefinition definition = defined.get(fact.name());
        if (definition == null) {
            throw new IllegalStateException("A fact source gave " + fact.name() + ", which it does not define");
        }
        Provenance provenance = new Provenance(fact.year(), fact.source());
        SourcedFact.Value value = fact.value();
        SourcedFactDefinition.Kind kind = definition.kind();
        if (value instanceof SourcedFact.NotAvailable notAvailable) {
            return FactValue.notAvailable(notAvailable.reason(), provenance);
        }
        if (value instanceof SourcedFact.Flag flag && kind == SourcedFactDefinition.Kind.FLAG) {
            return FactValue.flag(flag.value(), provenance);
        }
        if (value instanceof SourcedFact.Number number && kind == SourcedFactDefinition.Kind.NUMBER) {
            return FactValue.number(number.value(), provenance);
        }
        if (value instanceof SourcedFact.Text text && kind == SourcedFactDefinition.Kind.TEXT) {
            return FactValue.text(text.value(), provenance);
        }
        throw new IllegalStateException("A fact source gave " + fact.name() + " as " + value
                + ", but defines it as a " + kind.name().toLowerCase());
    }
}
