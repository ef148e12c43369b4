package org.schoolscope.access.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The address a sign-in came from, as the servlet container reports it: behind a trusted proxy, the client's own
 * address from the proxy's forwarded headers (README, "Behind a TLS proxy").
 */
final class SignInSource {

    private SignInSource() {
    }

    static String of(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }
}
