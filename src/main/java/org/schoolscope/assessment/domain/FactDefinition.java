package org.schoolscope.assessment.domain;

import java.util.List;
import java.util.Objects;

/**
 * A fact a rule may name. Text facts list their allowed words so that a misspelt judgement in a rulebook is refused
 * rather than silently never matching; a measure's words are left open ({@code allowedWords} empty).
 */
public record FactDefinition(String name, String label, FactKind kind, boolean measure, List<String> allowedWords) {

    public FactDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        allowedWords = List.copyOf(allowedWords);
        if (!allowedWords.isEmpty() && kind != FactKind.TEXT) {
            throw new IllegalArgumentException(name + " lists allowed words but is not a text fact");
        }
    }

    public static FactDefinition number(String name, String label) {
        return new FactDefinition(name, label, FactKind.NUMBER, false, List.of());
    }

    public static FactDefinition measure(String code, String label) {
        return new FactDefinition(code, label, FactKind.NUMBER, true, List.of());
    }

    public static FactDefinition text(String name, String label, List<String> allowedWords) {
        return new FactDefinition(name, label, FactKind.TEXT, false, allowedWords);
    }

    public static FactDefinition flag(String name, String label) {
        return new FactDefinition(name, label, FactKind.FLAG, false, List.of());
    }

    public boolean allows(String word) {
        return allowedWords.isEmpty() || allowedWords.stream().anyMatch(allowed -> allowed.equalsIgnoreCase(word));
    }
}
