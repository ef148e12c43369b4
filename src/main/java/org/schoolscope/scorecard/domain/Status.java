package org.schoolscope.scorecard.domain;

/** An indicator's status against its target in one period. */
public enum Status {
    GREEN("Green"), AMBER("Amber"), RED("Red"), NONE("No status");

    private final String words;

    Status(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
