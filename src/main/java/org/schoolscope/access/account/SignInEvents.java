package org.schoolscope.access.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Turns Spring Security's sign-in events into lock-out counting and audit records. */
@Component
class SignInEvents {

    private final UserAccounts accounts;

    SignInEvents(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            accounts.recordFailedSignIn(event.getAuthentication().getName(), SignInSource.of(event.getAuthentication()));
        }
    }

    @EventListener
    void locked(AuthenticationFailureLockedEvent event) {
        accounts.recordRefused(event.getAuthentication().getName(),
                "too many wrong passwords for this name from " + SignInSource.of(event.getAuthentication()));
    }

    @EventListener
    void disabled(AuthenticationFailureDisabledEvent event) {
        accounts.recordRefused(event.getAuthentication().getName(), "the account is disabled");
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        String how = event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
                ? "with a password" : "through the identity provider";
        accounts.recordSignIn(event.getAuthentication().getName(), how);
    }
}
