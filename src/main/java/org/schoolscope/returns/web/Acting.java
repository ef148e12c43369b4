package org.schoolscope.returns.web;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.schoolscope.access.AllowedSchools;
import org.schoolscope.shared.Role;
import org.springframework.security.core.Authentication;

/** Who is acting, from the sign-in, never from a form field, and in which role a return is saved. */
final class Acting {

    private static final Role[] SAVING_ROLES = {Role.HEADTEACHER, Role.SAFEGUARDING_OFFICER, Role.GOVERNOR_SERVICES,
            Role.OFFICER, Role.ADMIN};

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

    /** The role a school's return is saved in: the headteacher's own, or an officer's on the school's behalf. */
    static String savingRole(Principal principal) {
        Set<Role> roles = roles(principal);
        for (Role role : SAVING_ROLES) {
            if (roles.contains(role)) {
                return role.name();
            }
        }
        return "UNKNOWN";
    }

    /** Whether the viewer may set up and chase returns (to offer only what they may do). */
    static boolean manages(Principal principal) {
        return roles(principal).stream().anyMatch(ReturnsRoutes.MANAGERS::contains);
    }

    /** Whether the viewer may draw samples, make validation visits and follow full audits. */
    static boolean audits(Principal principal) {
        return roles(principal).stream().anyMatch(ReturnsRoutes.AUDITORS::contains);
    }

    /** Whether the viewer may save a school's return: a headteacher for their school, or a manager. */
    static boolean answers(Principal principal) {
        return roles(principal).stream().anyMatch(ReturnsRoutes.ANSWERERS::contains);
    }
}
