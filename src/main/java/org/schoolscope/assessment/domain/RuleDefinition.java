package org.schoolscope.assessment.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.schoolscope.register.ResponsibleBody;

/**
 * One rule as the council wrote it: the condition is kept as text so the rulebook can be shown and stored exactly as
 * written; {@link RulebookCompiler} parses and checks it.
 */
public record RuleDefinition(String id, String description, String condition, Consequence consequence,
        Set<ResponsibleBody> appliesTo) {

    public RuleDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(consequence, "consequence");
        if (appliesTo.isEmpty()) {
            throw new IllegalArgumentException("Rule " + id + " applies to no responsible body");
        }
        appliesTo = Set.copyOf(EnumSet.copyOf(appliesTo));
    }
}
