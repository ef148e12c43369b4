package org.schoolscope.web;

import java.util.Arrays;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in viewer's roles for templates ({@code ${@viewer.any('ADMIN', 'OFFICER')}}), so a page offers only
 * the links its viewer may follow; the server still checks every route. A bean rather than a model attribute, because
 * pages rendered by exception handlers (not found, refused) get no model advice but still show the header.
 */
@Component("viewer")
public class Viewer {

    /** Whether the viewer holds at least one of the roles (names of {@link org.schoolscope.shared.Role}). */
    public boolean any(String... roles) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> Arrays.stream(roles).anyMatch(role -> authority.equals("ROLE_" + role)));
    }
}
