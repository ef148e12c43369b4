package org.schoolscope.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.NettyWrapper;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sign-in through a real OpenID Connect provider (NAV's mock OAuth2 server, started here), configured only by the
 * documented properties: the provider's {@code roles} claim becomes Schoolscope roles and its {@code schools} claim
 * the user's schools. The whole authorisation-code flow runs: redirect, code, token request, ID token check.
 */
@SpringBootTest(properties = {
        "spring.security.oauth2.client.registration.council.client-id=schoolscope",
        "spring.security.oauth2.client.registration.council.client-secret=not-a-real-secret",
        "spring.security.oauth2.client.registration.council.client-name=the council's account",
        "spring.security.oauth2.client.registration.council.scope=openid,profile",
        "schoolscope.access.oidc.schools-claim=schools",
        "schoolscope.access.oidc.role-values.Schoolscope.Partner=PARTNER" })
@AutoConfigureMockMvc
class OidcSignInTest {

    /** On its Netty transport: the default (okhttp's mockwebserver) would need JUnit 4 on the class path. */
    static final MockOAuth2Server PROVIDER = new MockOAuth2Server(new OAuth2Config(false, null, null, false,
            new OAuth2TokenProvider(), Set.of(), new NettyWrapper()));

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.council.issuer-uri",
                () -> PROVIDER.issuerUrl("entra").toString());
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldSignInThroughTheIdentityProviderWithRolesAndSchoolsFromItsClaims() throws Exception {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("entra", "a1b2c3", "JWT", List.of("schoolscope"),
                Map.of("preferred_username", "pat.partner@council.example", "name", "Pat Partner",
                        "roles", List.of("Schoolscope.Partner"), "schools", List.of("103157", "103158")),
                3600));
        MockHttpSession session = new MockHttpSession();

        String signInPage = mvc.perform(get("/sign-in")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(signInPage).contains("href=\"/oauth2/authorization/council\"")
                .contains("Sign in with the council&#39;s account");

        MvcResult toProvider = mvc.perform(get("/oauth2/authorization/council").session(session))
                .andExpect(status().is3xxRedirection()).andReturn();
        String authorize = toProvider.getResponse().getRedirectedUrl();
        assertThat(authorize).startsWith(PROVIDER.issuerUrl("entra").toString());

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(authorize))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        URI callback = URI.create(answer.headers().firstValue("Location").orElseThrow());
        var query = UriComponentsBuilder.fromUri(callback).build().getQueryParams();

        mvc.perform(get(callback.getPath()).param("code", query.getFirst("code"))
                .param("state", java.net.URLDecoder.decode(query.getFirst("state"),
                        java.nio.charset.StandardCharsets.UTF_8))
                .session(session)).andExpect(status().is3xxRedirection());

        String home = mvc.perform(get("/").session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(home).contains("Pat Partner").contains("Sign out").doesNotContain("Administration");
        mvc.perform(get("/schools/103157").session(session)).andExpect(status().is(org.hamcrest.Matchers.not(403)));
        mvc.perform(get("/schools/100000").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());

        assertThat(jdbc.sql("""
                select u.source || ' ' || r.role || ' ' || (select string_agg(urn::text, ',' order by urn)
                    from app_user_school s where s.user_id = u.id)
                from app_user u join app_user_role r on r.user_id = u.id
                where u.username = 'pat.partner@council.example'""").query(String.class).single())
                .isEqualTo("OIDC PARTNER 103157,103158");
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'pat.partner@council.example' "
                + "and action = 'sign-in'").query(Long.class).single()).isEqualTo(1);
    }
}
