package org.schoolscope.access.account;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.schoolscope.access.AccessProperties;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.schoolscope.web.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing users, and the audit of each sign-in, wrong password and lock-out.
 * Every change is published for the audit log in the same transaction.
 */
@Service
public class UserAccounts {

    /** Passwords shorter than this are refused. */
    public static final int MINIMUM_PASSWORD_LENGTH = 12;

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final AccessProperties properties;
    private final SignInAttempts attempts;
    private final Clock clock;

    UserAccounts(UserStore users, PasswordEncoder passwords, ApplicationEventPublisher events,
            AccessProperties properties, SignInAttempts attempts, Clock clock) {
        this.attempts = attempts;
        this.users = users;
        this.passwords = passwords;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new local user; the username must be free and the password long enough. */
    @Transactional
    public UserAccount addLocal(String username, String displayName, String password, Set<Role> roles,
            Set<Urn> schools, String actor) {
        String name = username.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A user needs a username");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new IllegalArgumentException("There is already a user called " + name);
        }
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "A password needs at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        long id = users.insert(name, displayName == null || displayName.isBlank() ? name : displayName.strip(),
                passwords.encode(password), "LOCAL", now());
        users.replaceRoles(id, roles);
        users.replaceSchools(id, schools);
        events.publishEvent(AccessAudited.user(actor, "create", name, "created with roles " + describe(roles)
                + " and " + schools.size() + " allocated schools"));
        return users.findById(id).orElseThrow();
    }

    /** Changes a user's roles, schools and whether they may sign in, logging each change. */
    @Transactional
    public UserAccount update(long id, Set<Role> roles, Set<Urn> schools, boolean enabled, String actor) {
        UserAccount before = users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
        if (!before.roles().equals(roles)) {
            users.replaceRoles(id, roles);
            events.publishEvent(AccessAudited.user(actor, "change-roles", before.username(),
                    "roles changed from " + describe(before.roles()) + " to " + describe(roles)));
        }
        if (!before.schools().equals(schools)) {
            users.replaceSchools(id, schools);
            events.publishEvent(AccessAudited.user(actor, "allocate-schools", before.username(),
                    "schools changed from " + describeSchools(before.schools()) + " to " + describeSchools(schools)));
        }
        if (before.enabled() != enabled) {
            users.setEnabled(id, enabled);
            if (enabled) {
                attempts.clear(before.username());
            }
            events.publishEvent(AccessAudited.user(actor, enabled ? "enable" : "disable", before.username(),
                    enabled ? "may sign in again" : "may no longer sign in"));
        }
        return users.findById(id).orElseThrow();
    }

    /**
     * A wrong password, recorded for the audit log. The attempts are counted per name and address by
     * {@link SignInAttempts} before the password is checked; an unknown name is recorded without the name typed.
     */
    @Transactional
    public void recordFailedSignIn(String username, String source) {
        Optional<UserAccount> user = users.findByUsername(username);
        if (user.isEmpty()) {
            events.publishEvent(AccessAudited.signIn("unknown user", "failed-sign-in",
                    "a sign-in with a username that does not exist was refused (from " + source + ")"));
            return;
        }
        events.publishEvent(AccessAudited.signIn(user.get().username(), "failed-sign-in",
                "wrong password (from " + source + ")"));
    }

    /** The last attempt the limit allows was wrong: the name is locked out from that address. */
    @Transactional
    public void recordLockOut(String username, String source, int failures) {
        String actor = users.findByUsername(username).map(UserAccount::username).orElse("unknown user");
        events.publishEvent(AccessAudited.signIn(actor, "lock-out", "sign-in from " + source + " locked for "
                + properties.lockOutFor().toMinutes() + " minutes after " + failures + " wrong passwords"));
    }

    /** A sign-in refused before or after its password was checked: locked out, or the account is disabled. */
    @Transactional
    public void recordRefused(String username, String reason) {
        String actor = users.findByUsername(username).map(UserAccount::username).orElse("unknown user");
        events.publishEvent(AccessAudited.signIn(actor, "failed-sign-in", "refused: " + reason));
    }

    @Transactional
    public void recordSignIn(String username, String how) {
        events.publishEvent(AccessAudited.signIn(username, "sign-in", "signed in " + how));
    }

    /**
     * A user signed in through the identity provider: creates or refreshes their record with the roles and schools
     * its claims give, so tokens and the administrators' list know them.
     */
    @Transactional
    public UserAccount syncFromIdentityProvider(String username, String displayName, Set<Role> roles,
            Set<Urn> schools) {
        Optional<UserAccount> existing = users.findByUsername(username);
        long id;
        if (existing.isEmpty()) {
            id = users.insert(username, displayName, null, "OIDC", now());
            events.publishEvent(AccessAudited.user("identity provider", "create", username,
                    "first sign-in through the identity provider"));
        } else {
            id = existing.get().id();
            users.setDisplayName(id, displayName);
        }
        UserAccount before = users.findById(id).orElseThrow();
        if (!before.roles().equals(roles)) {
            users.replaceRoles(id, roles);
            events.publishEvent(AccessAudited.user("identity provider", "change-roles", username,
                    "roles from the identity provider: " + describe(roles)));
        }
        if (!before.schools().equals(schools)) {
            users.replaceSchools(id, schools);
            events.publishEvent(AccessAudited.user("identity provider", "allocate-schools", username,
                    "schools from the identity provider: " + describeSchools(schools)));
        }
        return users.findById(id).orElseThrow();
    }

    private Instant now() {
        return clock.instant();
    }

    static String describe(Set<Role> roles) {
        return roles.isEmpty() ? "none" : EnumSet.copyOf(roles).stream().map(Role::name)
                .collect(Collectors.joining(", "));
    }

    private static String describeSchools(Set<Urn> schools) {
        return schools.isEmpty() ? "none" : schools.stream().sorted().map(Urn::toString)
                .collect(Collectors.joining(", "));
    }

    /** No user has the given id. */
    public static class UserNotFoundException extends RecordNotFoundException {

        public UserNotFoundException(long id) {
            super("No user " + id + " is on record");
        }
    }
}
