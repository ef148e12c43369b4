package org.schoolscope.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.schoolscope.access.account.UserAccount;
import org.schoolscope.access.account.UserStore;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session true to the user's record (issue 13): at each request the session's user is read again,
 * so a user an administrator disabled (or removed) is signed out at their next request, and changed roles or schools
 * apply at once rather than at the next sign-in. Only a session made by signing in ({@link #marker()}) is refreshed; an API request
 * carries its token and reads its owner each time ({@link TokenAuthenticationFilter}).
 */
class SessionAccountRefresh extends OncePerRequestFilter {

    /** Set on the session when a user signs in (form or identity provider): the sessions this filter keeps true. */
    static final String SIGNED_IN = SessionAccountRefresh.class.getName() + ".signedIn";

    private final UserStore users;

    SessionAccountRefresh(UserStore users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Object held = session == null || session.getAttribute(SIGNED_IN) == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (held instanceof SecurityContext context && context.getAuthentication() != null
                && context.getAuthentication().isAuthenticated()) {
            Authentication signedIn = context.getAuthentication();
            Optional<UserAccount> account = users.findByUsername(signedIn.getName());
            if (account.isEmpty() || !account.get().enabled()) {
                // Signed out now: the request goes on as an anonymous visitor's, so a page sends them to sign in.
                session.invalidate();
                SecurityContextHolder.clearContext();
            } else if (!accessOf(signedIn.getAuthorities()).equals(accessOf(account.get().authorities()))) {
                SecurityContext refreshed = SecurityContextHolder.createEmptyContext();
                refreshed.setAuthentication(withAuthorities(signedIn, account.get().authorities()));
                SecurityContextHolder.setContext(refreshed);
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, refreshed);
            }
        }
        chain.doFilter(request, response);
    }

    /** Marks a session as made by signing in, whichever way; runs after the session's id has been changed. */
    static SessionAuthenticationStrategy marker() {
        return (authentication, request, response) -> request.getSession().setAttribute(SIGNED_IN,
                authentication.getName());
    }

    /** The authorities that say what a user may do: roles and allocated schools. */
    private static Set<String> accessOf(java.util.Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority)
                .filter(name -> name != null && (name.startsWith(AllowedSchools.ROLE_AUTHORITY)
                        || name.startsWith(AllowedSchools.SCHOOL_AUTHORITY)))
                .collect(Collectors.toSet());
    }

    private static Authentication withAuthorities(Authentication signedIn, List<GrantedAuthority> access) {
        List<GrantedAuthority> authorities = new ArrayList<>(access);
        signedIn.getAuthorities().stream().filter(authority -> accessOf(List.of(authority)).isEmpty())
                .forEach(authorities::add);
        AbstractAuthenticationToken updated = signedIn instanceof OAuth2AuthenticationToken oidc
                ? new OAuth2AuthenticationToken(oidc.getPrincipal(), authorities,
                        oidc.getAuthorizedClientRegistrationId())
                : UsernamePasswordAuthenticationToken.authenticated(signedIn.getPrincipal(), null, authorities);
        updated.setDetails(signedIn.getDetails());
        return updated;
    }
}
