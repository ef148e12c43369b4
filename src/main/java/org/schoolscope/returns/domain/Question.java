package org.schoolscope.returns.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One question of a return. The code is the question's name across every return of the same kind (so a termly
 * survey's answers can be compared term by term); numbers and scales may have ends, choices list their options.
 */
public record Question(int position, String code, String text, String hint, AnswerType type, boolean required,
        BigDecimal minimum, BigDecimal maximum, List<String> choices) {

    public Question {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        hint = hint == null ? "" : hint;
        choices = List.copyOf(choices);
        if (!code.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("A question's code is lower-case letters, digits and hyphens: " + code);
        }
    }

    /** Whether the answers can be averaged or counted across schools: scales, numbers and yes-or-no questions. */
    public boolean summarised() {
        return type == AnswerType.SCALE || type == AnswerType.NUMBER || type == AnswerType.YES_NO;
    }
}
