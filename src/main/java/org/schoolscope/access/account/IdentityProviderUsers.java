package org.schoolscope.access.account;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.schoolscope.access.AccessProperties;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Users who sign in through the council's identity provider (OpenID Connect): their roles come from a claim
 * (default {@code roles}) and their schools from an optional claim, by configuration only. The user is recorded so
 * that tokens, the administrators' list and the audit log know them; a user disabled here cannot sign in.
 */
@Component
public class IdentityProviderUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final UserAccounts accounts;
    private final UserStore users;
    private final AccessProperties.Oidc properties;

    IdentityProviderUsers(UserAccounts accounts, UserStore users, AccessProperties properties) {
        this.accounts = accounts;
        this.users = users;
        this.properties = properties.oidc();
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        Map<String, Object> claims = user.getClaims();
        Object named = claims.get(properties.usernameClaim());
        String username = named == null ? user.getSubject() : named.toString();
        Set<Role> roles = roles(claims.get(properties.rolesClaim()));
        Set<Urn> schools = properties.schoolsClaim() == null ? Set.of() : schools(claims.get(properties.schoolsClaim()));
        if (users.findByUsername(username).filter(existing -> !existing.enabled()).isPresent()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied"), "disabled",
                    new UsernameNotFoundException("disabled"));
        }
        String displayName = user.getFullName() != null ? user.getFullName() : username;
        UserAccount account = accounts.syncFromIdentityProvider(username, displayName, roles, schools);
        String nameClaim = named == null ? "sub" : properties.usernameClaim();
        return new DefaultOidcUser(account.authorities(), user.getIdToken(), user.getUserInfo(), nameClaim);
    }

    private Set<Role> roles(Object claim) {
        Set<Role> roles = new HashSet<>();
        for (String value : values(claim)) {
            String mapped = properties.roleValues().getOrDefault(value, value).trim().toUpperCase(Locale.ROOT);
            for (Role role : Role.values()) {
                if (role.name().equals(mapped)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static Set<Urn> schools(Object claim) {
        Set<Urn> schools = new HashSet<>();
        for (String value : values(claim)) {
            try {
                schools.add(Urn.parse(value));
            } catch (IllegalArgumentException notAUrn) {
                // a value that is not a URN grants nothing
            }
        }
        return schools;
    }

    private static List<String> values(Object claim) {
        if (claim == null) {
            return List.of();
        }
        if (claim instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return List.of(claim.toString().split("[,\\s]+"));
    }
}
