package org.schoolscope.access;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which schools the signed-in user may see, for queries that list schools (design guide 4.8: row-level scoping
 * lives in queries). Partners and headteachers see only the schools allocated to them, unless they also hold a role
 * that sees every school; every other role sees every school.
 */
@Component
public class AllowedSchools {

    /** The authority prefix for an allocated school, e.g. {@code SCHOOL_103157}. */
    public static final String SCHOOL_AUTHORITY = "SCHOOL_";

    /** The authority prefix for a role, as Spring Security names it, e.g. {@code ROLE_OFFICER}. */
    public static final String ROLE_AUTHORITY = "ROLE_";

    private static final Set<Role> LIMITED_ROLES = Set.of(Role.PARTNER, Role.HEADTEACHER);

    /**
     * The URNs the current user may see, or empty when they may see every school. Outside a request (the command
     * line) there is no signed-in user and every school is shown.
     */
    public Optional<Set<Urn>> forCurrentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        return limitedTo(authentication.getAuthorities());
    }

    /** Whether the current user may see the given school. */
    public boolean maySee(Urn urn) {
        return forCurrentUser().map(urns -> urns.contains(urn)).orElse(true);
    }

    /** The URNs these authorities allow, or empty when they allow every school. */
    public static Optional<Set<Urn>> limitedTo(Collection<? extends GrantedAuthority> authorities) {
        Set<Role> roles = roles(authorities);
        if (!roles.isEmpty() && !LIMITED_ROLES.containsAll(roles)) {
            return Optional.empty();
        }
        return Optional.of(authorities.stream().map(GrantedAuthority::getAuthority)
                .filter(name -> name != null && name.startsWith(SCHOOL_AUTHORITY))
                .map(name -> parse(name.substring(SCHOOL_AUTHORITY.length()))).filter(Optional::isPresent)
                .map(Optional::get).collect(Collectors.toCollection(TreeSet::new)));
    }

    /** The roles among these authorities. */
    public static Set<Role> roles(Collection<? extends GrantedAuthority> authorities) {
        Set<Role> roles = new TreeSet<>();
        for (GrantedAuthority authority : authorities) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(ROLE_AUTHORITY)) {
                for (Role role : Role.values()) {
                    if (role.name().equals(name.substring(ROLE_AUTHORITY.length()))) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }

    private static Optional<Urn> parse(String text) {
        try {
            return Optional.of(Urn.parse(text));
        } catch (IllegalArgumentException notAUrn) {
            return Optional.empty();
        }
    }
}
