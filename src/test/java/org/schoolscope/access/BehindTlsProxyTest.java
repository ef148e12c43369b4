package org.schoolscope.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Behind a TLS proxy on this machine (README, "Behind a TLS proxy"): a request the proxy received over HTTPS gets a
 * Secure session cookie and Strict-Transport-Security, and a sign-in is counted by the client's address the proxy
 * forwards. Runs on a real server, since the servlet container reads the forwarded headers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BehindTlsProxyTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void shouldMarkTheSessionCookieSecureAndSendHstsForARequestTheProxyReceivedOverHttps() throws Exception {
        HttpResponse<String> page = http.send(signInPage().header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(sessionCookie(page)).contains("Secure").contains("HttpOnly");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).get().asString()
                .contains("max-age=31536000");
    }

    @Test
    void shouldSendNeitherOverPlainHttp() throws Exception {
        HttpResponse<String> page = http.send(signInPage().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sessionCookie(page)).doesNotContain("Secure");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void shouldCountASignInByTheClientsAddressThatTheProxyForwards() throws Exception {
        HttpResponse<String> page = http.send(signInPage().header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.9").build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        String cookie = sessionCookie(page).split(";")[0];
        String form = "username=proxy.test.nobody&password=wrong&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base() + "/sign-in"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9")
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).get().asString().endsWith("/sign-in?error");
        assertThat(jdbc.sql("select source from sign_in_attempt where username = 'proxy.test.nobody'")
                .query(String.class).single()).isEqualTo("203.0.113.9");
    }

    private HttpRequest.Builder signInPage() {
        return HttpRequest.newBuilder(URI.create(base() + "/sign-in")).header("Accept", "text/html");
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }
}
