package org.schoolscope.assessment.domain;

/** A rule whose condition has been parsed and checked against the facts and parameters it names. */
public record CompiledRule(RuleDefinition definition, Expression condition) {

    public String id() {
        return definition.id();
    }
}
