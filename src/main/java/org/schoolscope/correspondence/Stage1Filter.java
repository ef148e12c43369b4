package org.schoolscope.correspondence;

/**
 * Which Stage 1 letters to list or zip: by phase as the register spells it ("Primary") and by whether the school
 * is a priority; null means any.
 */
public record Stage1Filter(String phase, Boolean priority) {

    public static final Stage1Filter ALL = new Stage1Filter(null, null);

    public Stage1Filter {
        phase = phase == null || phase.isBlank() ? null : phase.strip();
    }

    boolean matches(Stage1Letter letter) {
        return (phase == null || phase.equalsIgnoreCase(letter.school().phase()))
                && (priority == null || priority == letter.priority());
    }
}
