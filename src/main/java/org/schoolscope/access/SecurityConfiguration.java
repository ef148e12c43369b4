package org.schoolscope.access;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.schoolscope.access.account.ApiTokens;
import org.schoolscope.access.account.IdentityProviderUsers;
import org.schoolscope.access.account.UserStore;
import org.schoolscope.shared.RouteRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Two chains (issue 5): the API at {@code /api/**} is stateless and signed in by personal bearer tokens; pages use a
 * session with the sign-in form or the council's identity provider, CSRF tokens on forms and a 30-minute session
 * (server.servlet.session.timeout). Both are authorised by {@link RouteAccess}, built from every module's
 * {@link RouteRules} bean: a route no rule covers is refused.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /**
     * Every GOV.UK Frontend asset is served from this origin; the pages need no inline script or style, so none is
     * allowed.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    RouteAccess routeAccess(List<RouteRules> modules,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings,
            AllowedSchools allowed) {
        return new RouteAccess(modules, SingletonSupplier.of(() -> mappings.getObject().getHandlerMethods().keySet()
                .stream().flatMap(info -> info.getPatternValues().stream())
                .map(PathPatternParser.defaultInstance::parse).toList()),
                (authentication, urn) -> allowed.maySee(AllowedSchools.of(authentication), urn));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, RouteAccess access, ApiTokens tokens, ProblemResponses problems)
            throws Exception {
        http.securityMatcher("/api/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new TokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().access(access))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, refused) -> problems.write(response,
                                HttpServletResponse.SC_UNAUTHORIZED, "Not signed in",
                                "Send a personal API token as: Authorization: Bearer TOKEN"))
                        .accessDeniedHandler((request, response, refused) -> problems.write(response,
                                HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                                "Your roles do not allow this request.")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, RouteAccess access,
            ObjectProvider<ClientRegistrationRepository> identityProviders, IdentityProviderUsers oidcUsers,
            UserStore users) throws Exception {
        http.addFilterAfter(new SessionAccountRefresh(users), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().access(access))
                .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .failureHandler(signInFailure()).defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out")
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        .addSessionAuthenticationStrategy(SessionAccountRefresh.marker()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer
                                .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions
                                .policy("camera=(), microphone=(), geolocation=()")));
        if (identityProviders.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/sign-in").failureUrl("/sign-in?error")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers)));
        }
        return http.build();
    }

    /**
     * One answer for every refused sign-in: a wrong password, an unknown name, a lock-out and a disabled account look
     * alike, so the form never says whether a name exists (the audit log says which it was).
     */
    private static AuthenticationFailureHandler signInFailure() {
        return (request, response, failure) -> response.sendRedirect(request.getContextPath() + "/sign-in?error");
    }
}
