package org.schoolscope.assessment.web;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.schoolscope.access.AllowedSchools;
import org.schoolscope.assessment.SoftIntelligenceNotFoundException;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.springframework.security.core.Authentication;

/**
 * Who is acting, from the sign-in, never from a form field. The interim security chain is open, so there may be no
 * principal yet: that is the one place "anonymous" is used, and an anonymous user holds no role.
 */
public final class ActingUser {

    static final String ANONYMOUS = "anonymous";

    private ActingUser() {
    }

    public static String name(Principal principal) {
        return principal == null || principal.getName() == null ? ANONYMOUS : principal.getName();
    }

    static Set<Role> roles(Principal principal) {
        return principal instanceof Authentication
                ? AllowedSchools.roles(((Authentication) principal).getAuthorities())
                : EnumSet.noneOf(Role.class);
    }

    /** The role a self-report is made in: the headteacher's own, or the officer's or partner's on its behalf. */
    static String reportingRole(Principal principal) {
        Set<Role> roles = roles(principal);
        for (Role role : new Role[] {Role.HEADTEACHER, Role.OFFICER, Role.PARTNER, Role.ADMIN}) {
            if (roles.contains(role)) {
                return role.name();
            }
        }
        return "UNKNOWN";
    }

    /** Whether the user may save a rulebook version (officers and administrators), so others are not offered it. */
    static boolean maySave(Principal principal) {
        Set<Role> roles = roles(principal);
        return roles.contains(Role.ADMIN) || roles.contains(Role.OFFICER);
    }

    /** The school in the address, or "page not found" for anything that is not a URN. */
    public static Urn urn(String path) {
        try {
            return Urn.parse(path);
        } catch (IllegalArgumentException notAUrn) {
            throw new SoftIntelligenceNotFoundException("'" + path + "' is not a URN");
        }
    }
}
