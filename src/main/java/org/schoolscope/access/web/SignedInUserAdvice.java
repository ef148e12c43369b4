package org.schoolscope.access.web;

import java.security.Principal;
import org.schoolscope.access.AllowedSchools;
import org.schoolscope.shared.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user on every page's model, for the header's name, sign-out button and admin link. */
@ControllerAdvice
class SignedInUserAdvice {

    /** The header's view of the user. */
    public record SignedInUser(String name, boolean administrator) {
    }

    @ModelAttribute
    void addSignedInUser(Principal principal, Model model) {
        if (principal instanceof Authentication authentication
                && !(authentication instanceof AnonymousAuthenticationToken) && authentication.isAuthenticated()) {
            String name = authentication.getPrincipal() instanceof OidcUser oidc && oidc.getFullName() != null
                    ? oidc.getFullName() : authentication.getName();
            model.addAttribute("signedInUser", new SignedInUser(name,
                    AllowedSchools.roles(authentication.getAuthorities()).contains(Role.ADMIN)));
        }
    }
}
