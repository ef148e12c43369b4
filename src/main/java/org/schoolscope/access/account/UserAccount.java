package org.schoolscope.access.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.schoolscope.access.AllowedSchools;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A user as stored: roles, allocated schools, and the state of their local sign-in. */
public record UserAccount(long id, String username, String displayName, String source, boolean enabled,
        int failedSignIns, Instant lockedUntil, boolean hasPassword, Set<Role> roles, Set<Urn> schools) {

    public UserAccount {
        roles = Set.copyOf(roles);
        schools = Set.copyOf(schools);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The user's roles and schools as Spring Security authorities. */
    public List<GrantedAuthority> authorities() {
        return authorities(roles, schools);
    }

    public static List<GrantedAuthority> authorities(Set<Role> roles, Set<Urn> schools) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.stream().sorted().forEach(role -> authorities.add(
                new SimpleGrantedAuthority(AllowedSchools.ROLE_AUTHORITY + role.name())));
        schools.stream().sorted().forEach(urn -> authorities.add(
                new SimpleGrantedAuthority(AllowedSchools.SCHOOL_AUTHORITY + urn)));
        return authorities;
    }

    public List<Role> sortedRoles() {
        return roles.stream().sorted().toList();
    }

    public List<Urn> sortedSchools() {
        return schools.stream().sorted().toList();
    }
}
