package org.schoolscope.shared;

/**
 * How much a person may type into one field (issue 10): the same limit whether the text comes from a form or the
 * API, checked where the field is validated. A form's text area shows the limit; the API answers 400 beyond it.
 */
public final class TextLimits {

    /** A note, a reason, a step's rationale or evidence, a line of a letter: a text area. */
    public static final int FREE_TEXT = 5_000;

    /** A name, a title, a username, a search term: a one-line field. */
    public static final int SHORT_TEXT = 200;

    /** A whole document a council edits: a rulebook version's YAML. */
    public static final int DOCUMENT = 100_000;

    private TextLimits() {
    }

    /** Whether the text (absent counts as empty) is at most {@code limit} characters long. */
    public static boolean within(String text, int limit) {
        return text == null || text.length() <= limit;
    }

    /** Refuses text longer than the limit, naming the field, as a command's validation does. */
    public static String checked(String field, String text, int limit) {
        if (!within(text, limit)) {
            throw new IllegalArgumentException(field + " is longer than " + limit + " characters");
        }
        return text;
    }
}
