package org.schoolscope.assessment.web;

import java.security.Principal;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in user, as the workbench records and checks them. Until the access module enforces sign-in, a request
 * may come with no user: its actions are recorded as "anonymous", in this one place.
 */
public final class ActingUser {

    static final String ANONYMOUS = "anonymous";

    private ActingUser() {
    }

    public static String name(Principal principal) {
        return principal == null || principal.getName() == null ? ANONYMOUS : principal.getName();
    }

    /** Whether the user may save a rulebook version (officers and administrators), so others are not offered it. */
    static boolean maySave(Principal principal) {
        if (!(principal instanceof Authentication)) {
            // No sign-in yet: the open interim chain lets everyone through, so the form is offered.
            return principal == null;
        }
        Set<String> saving = Set.of("ROLE_ADMIN", "ROLE_OFFICER");
        return ((Authentication) principal).getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(saving::contains);
    }
}
