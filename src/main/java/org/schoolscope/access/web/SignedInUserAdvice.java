package org.schoolscope.access.web;

import java.security.Principal;
import java.util.Optional;
import org.schoolscope.access.AllowedSchools;
import org.schoolscope.shared.Role;
import org.schoolscope.web.PageModel;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.ui.Model;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user on every page's model, for the header's name, sign-out button and admin link. */
@ControllerAdvice
class SignedInUserAdvice implements PageModel {

    /** The header's view of the user. */
    public record SignedInUser(String name, boolean administrator) {
    }

    @ModelAttribute
    void addSignedInUser(Principal principal, Model model) {
        signedInUser(principal).ifPresent(user -> model.addAttribute("signedInUser", user));
    }

    /** For a page rendered for an exception, which no model attribute method reaches. */
    @Override
    public void addTo(ModelMap model) {
        signedInUser(SecurityContextHolder.getContext().getAuthentication())
                .ifPresent(user -> model.addAttribute("signedInUser", user));
    }

    private static Optional<SignedInUser> signedInUser(Principal principal) {
        if (principal instanceof Authentication authentication
                && !(authentication instanceof AnonymousAuthenticationToken) && authentication.isAuthenticated()) {
            String name = authentication.getPrincipal() instanceof OidcUser oidc && oidc.getFullName() != null
                    ? oidc.getFullName() : authentication.getName();
            return Optional.of(new SignedInUser(name,
                    AllowedSchools.roles(authentication.getAuthorities()).contains(Role.ADMIN)));
        }
        return Optional.empty();
    }
}
