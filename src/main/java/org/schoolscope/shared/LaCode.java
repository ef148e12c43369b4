package org.schoolscope.shared;

/** The three-digit DfE code of a local authority, e.g. 330 for Birmingham. */
public record LaCode(int value) {

    public LaCode {
        if (value < 100 || value > 999) {
            throw new IllegalArgumentException("An LA code has three digits, not " + value);
        }
    }

    public static LaCode parse(String text) {
        try {
            return new LaCode(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("An LA code has three digits, not '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
