package org.schoolscope.profile.web;

import org.schoolscope.profile.SchoolNotFoundException;
import org.schoolscope.shared.Urn;

/** A URN from an address. Anything that is not a URN cannot name a school, so it is "not found", not an error. */
public final class UrnPath {

    private UrnPath() {
    }

    public static Urn parse(String text) {
        try {
            return Urn.parse(text);
        } catch (IllegalArgumentException notAUrn) {
            throw new SchoolNotFoundException(text);
        }
    }
}
