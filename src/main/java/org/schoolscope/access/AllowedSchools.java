package org.schoolscope.access;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in viewer's {@link ViewerScope}, for every module's queries: which schools they may see and whose soft
 * intelligence they may read. The one access-owned answer; no controller or template filters schools itself.
 */
@Component
public class AllowedSchools {

    /** The authority prefix for an allocated school, e.g. {@code SCHOOL_103157}, as sign-in records it. */
    public static final String SCHOOL_AUTHORITY = "SCHOOL_";

    /** The authority prefix for a role, as Spring Security names it, e.g. {@code ROLE_OFFICER}. */
    public static final String ROLE_AUTHORITY = "ROLE_";

    private final JdbcClient jdbc;

    AllowedSchools(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The current viewer's scope. Outside a request (the command line, an import) there is no signed-in user and
     * the scope is {@link ViewerScope#system()}; an anonymous visitor sees nothing.
     */
    public ViewerScope current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The scope of this authentication; see {@link #current()}. */
    public static ViewerScope of(Authentication authentication) {
        if (authentication == null) {
            return ViewerScope.system();
        }
        if (!authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken
                || authentication.getName() == null) {
            return ViewerScope.nobody();
        }
        return ViewerScope.of(authentication.getName(), roles(authentication.getAuthorities()));
    }

    /** Whether the viewer may see the school, asked of the database as every list asks it. */
    public boolean maySee(ViewerScope viewer, Urn urn) {
        return viewer.bind(jdbc.sql("select " + viewer.schools("cast(:urn as integer)")))
                .param("urn", urn.value()).query(Boolean.class).single();
    }

    /**
     * Those of the schools the viewer may see, decided by the same SQL condition as every list, for a module that has
     * its schools from another module's read API rather than from a query of its own.
     */
    public Set<Urn> visible(ViewerScope viewer, Collection<Urn> urns) {
        Set<Urn> visible = new java.util.HashSet<>();
        if (urns.isEmpty()) {
            return visible;
        }
        if (viewer.seesEverySchool()) {
            visible.addAll(urns);
            return visible;
        }
        viewer.bind(jdbc.sql("select u from unnest(cast(:urns as integer[])) u where " + viewer.schools("u")))
                .param("urns", urns.stream().map(Urn::value).distinct().toArray(Integer[]::new))
                .query(Integer.class).list().forEach(urn -> visible.add(new Urn(urn)));
        return visible;
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
}
