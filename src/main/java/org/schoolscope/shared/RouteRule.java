package org.schoolscope.shared;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who may use one route (design guide 4.8, deny by default). The pattern is a Spring MVC path pattern; a
 * {@code {urn}} variable in it means the school must be one the user may see, which the access module checks for
 * roles limited to their own schools. A method of {@code null} matches every method.
 */
public record RouteRule(String method, String pattern, Set<Role> roles) {

    public RouteRule {
        Objects.requireNonNull(pattern, "pattern");
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("A route pattern starts with /: " + pattern);
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("A route rule names at least one role: " + pattern);
        }
        roles = Set.copyOf(roles);
    }

    public static RouteRule get(String pattern, Role... roles) {
        return new RouteRule("GET", pattern, Set.of(roles));
    }

    public static RouteRule post(String pattern, Role... roles) {
        return new RouteRule("POST", pattern, Set.of(roles));
    }

    /** Every role: for pages any signed-in user may open, scoped by {@code {urn}} where it appears. */
    public static RouteRule getForEveryone(String pattern) {
        return new RouteRule("GET", pattern, EnumSet.allOf(Role.class));
    }
}
