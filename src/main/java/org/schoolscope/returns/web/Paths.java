package org.schoolscope.returns.web;

import org.schoolscope.returns.ReturnNotFoundException;
import org.schoolscope.shared.Urn;

/** Values in an address: anything that is not a URN is "page not found", never a server error. */
final class Paths {

    private Paths() {
    }

    static Urn urn(String text) {
        try {
            return Urn.parse(text);
        } catch (IllegalArgumentException notAUrn) {
            throw new ReturnNotFoundException("'" + text + "' is not a URN");
        }
    }
}
