package org.schoolscope.shared;

/** A school's unique reference number in Get Information About Schools. */
public record Urn(int value) implements Comparable<Urn> {

    public Urn {
        if (value < 100000 || value > 999999) {
            throw new IllegalArgumentException("A URN has six digits, not " + value);
        }
    }

    public static Urn parse(String text) {
        try {
            return new Urn(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A URN has six digits, not '" + text + "'");
        }
    }

    @Override
    public int compareTo(Urn other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
