package org.schoolscope.access.account;

import java.util.OptionalInt;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The sign-in form's check of a username and password (issue 13). Each attempt first takes one of the attempts its
 * name has left from its source address ({@link SignInAttempts}); none left is refused without a check. The account's
 * own state (disabled) is checked only after the right password, so neither a wrong password, an unknown name, a
 * lock-out nor a disabled account answers differently or sooner than another: the form says the same for each.
 */
@Component
class ThrottledPasswordSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInAttempts attempts;
    private final UserAccounts accounts;

    ThrottledPasswordSignIn(LocalUserDetailsService users, PasswordEncoder encoder, SignInAttempts attempts,
            UserAccounts accounts) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setPreAuthenticationChecks(user -> {
        });
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.attempts = attempts;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String source = SignInSource.of(authentication);
        OptionalInt attempt = attempts.take(username, source);
        if (attempt.isEmpty()) {
            throw new LockedException("Too many wrong passwords for this name from this address");
        }
        try {
            Authentication signedIn = passwords.authenticate(authentication);
            attempts.succeeded(username, source);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            if (attempts.isLast(attempt.getAsInt())) {
                accounts.recordLockOut(username, source, attempt.getAsInt());
            }
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
