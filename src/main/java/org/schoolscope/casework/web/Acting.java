package org.schoolscope.casework.web;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.schoolscope.access.AllowedSchools;
import org.schoolscope.shared.Role;
import org.springframework.security.core.Authentication;

/** Who is acting and in which roles, from the sign-in: the roles decide, in the query, whether identity is shown. */
final class Acting {

    private Acting() {
    }

    static String name(Principal principal) {
        return principal == null || principal.getName() == null ? "anonymous" : principal.getName();
    }

    static Set<Role> roles(Principal principal) {
        return principal instanceof Authentication authentication
                ? AllowedSchools.roles(authentication.getAuthorities())
                : EnumSet.noneOf(Role.class);
    }

    static boolean works(Principal principal) {
        return roles(principal).contains(Role.CASE_WORKER);
    }
}
