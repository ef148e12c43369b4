package org.schoolscope.improvement.domain;

/** Progress against the action plan: red, amber or green. */
public enum Rag {
    RED("Red"),
    AMBER("Amber"),
    GREEN("Green");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
