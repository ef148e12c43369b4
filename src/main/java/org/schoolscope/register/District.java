package org.schoolscope.register;

/** A council's district, and the locality network within it where the council has one. */
public record District(String name, String locality) {

    public District {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A district needs a name");
        }
        locality = locality == null || locality.isBlank() ? null : locality.trim();
    }
}
