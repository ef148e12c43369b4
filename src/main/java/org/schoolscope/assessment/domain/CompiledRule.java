package org.schoolscope.assessment.domain;

import java.util.LinkedHashSet;
import java.util.Set;

/** A rule whose condition has been parsed and checked against the facts and parameters it names. */
public record CompiledRule(RuleDefinition definition, Expression condition) {

    public String id() {
        return definition.id();
    }

    /** Every fact the condition names, in the order written. */
    public Set<String> facts() {
        Set<String> facts = new LinkedHashSet<>();
        collect(condition, facts);
        return facts;
    }

    /**
     * Whether the rule reads soft intelligence: then whether it fired, and even whether it could be checked, says
     * something about the notes, so its reasons are kept apart from the published ones.
     */
    public boolean confidential() {
        return facts().stream().anyMatch(StandardFacts::confidential);
    }

    /** Literals, parameters (computed from measures) and England's figures name no fact. */
    private static void collect(Expression expression, Set<String> facts) {
        if (expression instanceof Expression.FactReference fact) {
            facts.add(fact.name());
        } else if (expression instanceof Expression.Arithmetic arithmetic) {
            collect(arithmetic.left(), facts);
            collect(arithmetic.right(), facts);
        } else if (expression instanceof Expression.Comparison comparison) {
            collect(comparison.left(), facts);
            collect(comparison.right(), facts);
        } else if (expression instanceof Expression.Membership membership) {
            collect(membership.subject(), facts);
            membership.candidates().forEach(candidate -> collect(candidate, facts));
        } else if (expression instanceof Expression.And and) {
            collect(and.left(), facts);
            collect(and.right(), facts);
        } else if (expression instanceof Expression.Or or) {
            collect(or.left(), facts);
            collect(or.right(), facts);
        } else if (expression instanceof Expression.Not not) {
            collect(not.operand(), facts);
        }
    }
}
