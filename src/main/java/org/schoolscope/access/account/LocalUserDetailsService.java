package org.schoolscope.access.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Local accounts for the sign-in form. A user who signs in through the identity provider has no password here and
 * cannot use the form. A disabled account is refused only after the right password ({@link ThrottledPasswordSignIn}),
 * and lock-outs are per name and address ({@link SignInAttempts}), not on the account.
 */
@Service
public class LocalUserDetailsService implements UserDetailsService {

    private final UserStore users;

    LocalUserDetailsService(UserStore users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount user = users.findByUsername(username).filter(UserAccount::hasPassword)
                .orElseThrow(() -> new UsernameNotFoundException("No local user of that name"));
        String hash = users.passwordHash(user.username()).orElseThrow();
        return User.withUsername(user.username()).password(hash).authorities(user.authorities())
                .disabled(!user.enabled()).build();
    }
}
