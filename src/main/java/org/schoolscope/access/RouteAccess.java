package org.schoolscope.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.RouteRule;
import org.schoolscope.shared.RouteRules;
import org.schoolscope.shared.Urn;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Deny by default (design guide 4.8): a request is allowed only when a public pattern or a module's
 * {@link RouteRule} covers its method and path and the user holds one of the rule's roles. Where several rules match,
 * the most specific pattern decides. A {@code {urn}} in the pattern must be a school the user may see, which the
 * database answers ({@link AllowedSchools}), so a removed allocation is refused at once; a {@code {urn}} that is not
 * a URN at all is left to the page, which answers "not found" for every role.
 */
class RouteAccess implements AuthorizationManager<RequestAuthorizationContext> {

    /** Open to everyone, signed in or not: assets, sign-in, first-run set-up and the error page. */
    static final List<String> PUBLIC_PATTERNS = List.of("/css/**", "/js/**", "/webjars/**", "/favicon.ico",
            "/sign-in", "/setup", "/error", "/error/**");

    private final List<CompiledRule> rules;
    private final List<PathPattern> publicPatterns;
    private final Supplier<List<PathPattern>> mappedPatterns;
    private final BiPredicate<Authentication, Urn> maySee;

    /**
     * @param mappedPatterns the patterns of every controller route; a path none of them matches has no page to
     *        protect and goes on to the not-found page, for anyone
     * @param maySee whether the signed-in user may see a school, as every query decides it
     */
    RouteAccess(List<RouteRules> modules, Supplier<List<PathPattern>> mappedPatterns,
            BiPredicate<Authentication, Urn> maySee) {
        this.mappedPatterns = mappedPatterns;
        this.maySee = maySee;
        List<CompiledRule> compiled = new ArrayList<>();
        for (RouteRules module : modules) {
            for (RouteRule rule : module.routeRules()) {
                compiled.add(new CompiledRule(rule, PathPatternParser.defaultInstance.parse(rule.pattern())));
            }
        }
        this.rules = List.copyOf(compiled);
        this.publicPatterns = PUBLIC_PATTERNS.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    /** The outcome for one request, as the matrix test and the chain both see it. */
    enum Outcome {
        ALLOWED, NOT_SIGNED_IN, FORBIDDEN
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return new AuthorizationDecision(decide(request.getMethod(), path, authentication.get()) == Outcome.ALLOWED);
    }

    Outcome decide(String method, String path, Authentication authentication) {
        PathContainer container = PathContainer.parsePath(path);
        if (publicPatterns.stream().anyMatch(pattern -> pattern.matches(container))
                || mappedPatterns.get().stream().noneMatch(pattern -> pattern.matches(container))) {
            return Outcome.ALLOWED;
        }
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Outcome.NOT_SIGNED_IN;
        }
        Optional<CompiledRule> rule = ruleFor(method, container);
        if (rule.isEmpty()) {
            return Outcome.FORBIDDEN;
        }
        Set<Role> roles = AllowedSchools.roles(authentication.getAuthorities());
        if (rule.get().rule().roles().stream().noneMatch(roles::contains)) {
            return Outcome.FORBIDDEN;
        }
        PathPattern.PathMatchInfo match = rule.get().pattern().matchAndExtract(container);
        Map<String, String> variables = match == null ? Map.of() : match.getUriVariables();
        if (variables.containsKey("urn")) {
            // Something that is not a URN names no school: the page answers "not found", for every role alike.
            Urn urn = parse(variables.get("urn"));
            if (urn != null && !maySee.test(authentication, urn)) {
                return Outcome.FORBIDDEN;
            }
        }
        return Outcome.ALLOWED;
    }

    /** The most specific rule covering the method and path, if any. */
    Optional<CompiledRule> ruleFor(String method, PathContainer path) {
        return rules.stream().filter(rule -> rule.covers(method, path))
                .min(Comparator.comparing(CompiledRule::pattern, PathPattern.SPECIFICITY_COMPARATOR));
    }

    /** Whether any rule or public pattern covers the method and path, whoever asks. */
    boolean covered(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return publicPatterns.stream().anyMatch(pattern -> pattern.matches(container))
                || ruleFor(method, container).isPresent();
    }

    List<RouteRule> rules() {
        return rules.stream().map(CompiledRule::rule).toList();
    }

    private static Urn parse(String text) {
        try {
            return Urn.parse(text);
        } catch (IllegalArgumentException notAUrn) {
            return null;
        }
    }

    record CompiledRule(RouteRule rule, PathPattern pattern) {

        boolean covers(String method, PathContainer path) {
            return methodMatches(method) && pattern.matches(path);
        }

        private boolean methodMatches(String method) {
            if (rule.method() == null || rule.method().equalsIgnoreCase(method)) {
                return true;
            }
            return "HEAD".equalsIgnoreCase(method) && "GET".equalsIgnoreCase(rule.method());
        }
    }
}
