package org.schoolscope.improvement.web;

import java.security.Principal;
import org.schoolscope.improvement.ImprovementCaseNotFoundException;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.springframework.security.core.Authentication;

/** Reading what every improvement request carries: the signed-in user, the school and the academic year. */
final class Requests {

    /** Only while the security chain is still open (issue 5) can a request arrive without a signed-in user. */
    static final String NOT_SIGNED_IN = "anonymous";

    private Requests() {
    }

    static String actor(Principal principal) {
        return principal == null || principal.getName() == null ? NOT_SIGNED_IN : principal.getName();
    }

    static Urn urn(String text) {
        try {
            return Urn.parse(text);
        } catch (RuntimeException notAUrn) {
            throw new ImprovementCaseNotFoundException("'" + text + "' is not a URN");
        }
    }

    /** The year asked for, or the one today falls in. */
    static AcademicYear year(String text, AcademicYear current) {
        if (text == null || text.isBlank()) {
            return current;
        }
        try {
            return AcademicYear.parse(text);
        } catch (RuntimeException notAYear) {
            throw new ImprovementCaseNotFoundException("'" + text + "' is not an academic year");
        }
    }

    /** Whether the user holds one of the roles; with no user (the interim open chain) every form is shown. */
    static boolean holdsAny(Authentication user, java.util.Set<Role> roles) {
        if (user == null) {
            return true;
        }
        return user.getAuthorities().stream()
                .anyMatch(authority -> roles.stream().anyMatch(role -> authority.getAuthority().equals("ROLE_" + role)));
    }
}
