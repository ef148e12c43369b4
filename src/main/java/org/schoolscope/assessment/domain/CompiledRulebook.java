package org.schoolscope.assessment.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A rulebook every rule of which parses and names only known facts and parameters; the only kind one can run. */
public final class CompiledRulebook {

    private final Rulebook rulebook;
    private final List<CompiledRule> rules;
    private final Map<String, Category> categories;
    private final FactCatalogue facts;

    CompiledRulebook(Rulebook rulebook, List<CompiledRule> rules, FactCatalogue facts) {
        this.rulebook = rulebook;
        this.facts = facts;
        this.rules = List.copyOf(rules);
        this.categories = rulebook.categories().stream()
                .collect(Collectors.toUnmodifiableMap(Category::name, Function.identity()));
    }

    public Rulebook rulebook() {
        return rulebook;
    }

    public List<CompiledRule> rules() {
        return rules;
    }

    /** The facts the rules were checked against, which an evaluation lays out as columns. */
    public FactCatalogue facts() {
        return facts;
    }

    /** The ids of the rules that read soft intelligence; see {@link CompiledRule#confidential()}. */
    public Set<String> confidentialRuleIds() {
        return rules.stream().filter(CompiledRule::confidential).map(CompiledRule::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Category category(String name) {
        return Optional.ofNullable(categories.get(name))
                .orElseThrow(() -> new IllegalArgumentException("No category called " + name));
    }

    public Category defaultCategory() {
        return category(rulebook.defaultCategory());
    }
}
