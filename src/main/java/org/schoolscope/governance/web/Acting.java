package org.schoolscope.governance.web;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.schoolscope.access.AllowedSchools;
import org.schoolscope.governance.GovernanceNotFoundException;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.springframework.security.core.Authentication;

/** Who is acting, from the sign-in, and what the page should offer them. */
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

    static boolean keeps(Principal principal) {
        return roles(principal).stream().anyMatch(GovernanceRoutes.KEEPERS::contains);
    }

    static boolean readsPeople(Principal principal) {
        return roles(principal).stream().anyMatch(GovernanceRoutes.READERS::contains);
    }

    static Urn urn(String text) {
        try {
            return Urn.parse(text);
        } catch (IllegalArgumentException notAUrn) {
            throw new GovernanceNotFoundException("'" + text + "' is not a URN");
        }
    }
}
