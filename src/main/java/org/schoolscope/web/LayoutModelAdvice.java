package org.schoolscope.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the council on every page's model, including Boot's error pages, because the layout's header names it; and
 * the viewer's roles, so a page offers only the links its viewer may follow (the server still checks each route).
 */
@ControllerAdvice
class LayoutModelAdvice {

    private final CouncilProperties council;

    LayoutModelAdvice(CouncilProperties council) {
        this.council = council;
    }

    @ModelAttribute
    void addCouncil(Model model) {
        model.addAttribute("council", council);
    }

    @ModelAttribute("viewerRoles")
    Set<String> viewerRoles(Authentication authentication) {
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length())).collect(Collectors.toUnmodifiableSet());
    }
}
