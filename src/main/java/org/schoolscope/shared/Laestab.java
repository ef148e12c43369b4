package org.schoolscope.shared;

/** LA code followed by the four-digit establishment number, e.g. 3302008. */
public record Laestab(int value) {

    public Laestab {
        if (value < 1000000 || value > 9999999) {
            throw new IllegalArgumentException("A LAESTAB has seven digits, not " + value);
        }
    }

    public static Laestab of(LaCode la, int establishmentNumber) {
        return new Laestab(la.value() * 10000 + establishmentNumber);
    }

    public LaCode laCode() {
        return new LaCode(value / 10000);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
