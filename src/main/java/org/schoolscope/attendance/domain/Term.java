package org.schoolscope.attendance.domain;

/** The three terms of an English school year; a targeting meeting is held with every school each term. */
public enum Term {
    AUTUMN("Autumn"), SPRING("Spring"), SUMMER("Summer");

    private final String label;

    Term(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The term's name in an address: {@code autumn}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static java.util.Optional<Term> ofSlug(String slug) {
        for (Term term : values()) {
            if (term.slug().equals(slug)) {
                return java.util.Optional.of(term);
            }
        }
        return java.util.Optional.empty();
    }
}
