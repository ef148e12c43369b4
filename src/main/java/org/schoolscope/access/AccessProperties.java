package org.schoolscope.access;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings ({@code schoolscope.access.*}). The identity provider itself is configured with Spring's standard
 * {@code spring.security.oauth2.client.registration.*} properties; these say how its claims become roles and schools.
 *
 * @param lockOutAfter wrong passwords in a row for one name from one address before that name is locked out from
 *        that address
 * @param lockOutFor how long such a lock-out lasts
 * @param tokenLifetime how long a personal API token is valid
 * @param tokenRetention how long a revoked or expired token is kept before the retention command removes it
 * @param oidc how the identity provider's claims map to users
 */
@ConfigurationProperties("schoolscope.access")
public record AccessProperties(@DefaultValue("5") int lockOutAfter, @DefaultValue("15m") Duration lockOutFor,
        @DefaultValue("365d") Duration tokenLifetime, @DefaultValue("90d") Duration tokenRetention,
        @DefaultValue Oidc oidc) {

    /**
     * @param usernameClaim the claim naming the user (falls back to {@code sub})
     * @param rolesClaim the claim listing the user's roles, e.g. Entra ID's app roles in {@code roles}
     * @param schoolsClaim an optional claim listing the URNs of the user's schools
     * @param roleValues claim values that differ from Schoolscope's role names, e.g.
     *        {@code Schoolscope.Officer=OFFICER}; a value equal to a role name (any case) needs no entry
     */
    public record Oidc(@DefaultValue("preferred_username") String usernameClaim,
            @DefaultValue("roles") String rolesClaim, String schoolsClaim, Map<String, String> roleValues) {

        public Oidc {
            roleValues = roleValues == null ? Map.of() : Map.copyOf(roleValues);
        }
    }
}
