package org.schoolscope.assessment;

import java.util.List;
import java.util.Objects;

/**
 * A fact a {@link SchoolFactSource} gives: its name as a rule writes it, the label an explanation shows, and its
 * kind. A text fact lists the words it may take, so a misspelt word in a rule is refused.
 */
public record SourcedFactDefinition(String name, String label, Kind kind, List<String> allowedWords) {

    /** How a rule may use the fact: compared as a number, compared with words, or used on its own as yes or no. */
    public enum Kind {
        NUMBER, TEXT, FLAG
    }

    public SourcedFactDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        if (!name.matches("[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("A sourced fact is named module.fact in lower case: " + name);
        }
        allowedWords = List.copyOf(allowedWords);
    }

    public static SourcedFactDefinition flag(String name, String label) {
        return new SourcedFactDefinition(name, label, Kind.FLAG, List.of());
    }

    public static SourcedFactDefinition number(String name, String label) {
        return new SourcedFactDefinition(name, label, Kind.NUMBER, List.of());
    }

    public static SourcedFactDefinition text(String name, String label, List<String> allowedWords) {
        return new SourcedFactDefinition(name, label, Kind.TEXT, allowedWords);
    }
}
