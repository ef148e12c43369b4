package org.schoolscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.schoolscope.access.account.ApiTokens;
import org.schoolscope.access.account.UserAccounts;
import org.schoolscope.database.EmbeddedPostgres;
import org.schoolscope.database.EmbeddedPostgres.Account;
import org.schoolscope.shared.Role;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13, item 6: the database goes away under a running service (every connection dropped, and new ones refused,
 * as while it restarts) and comes back. Meanwhile pages and the API answer a plain 503 that says so, with a
 * Retry-After; afterwards the same session and token work again, with no restart of the service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.hikari.connection-timeout=1000",
            "spring.datasource.hikari.validation-timeout=500"})
class DatabaseOutageTest {

    private static final String PASSWORD = "an outage test's long password";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Test
    void shouldSayTheDatabaseIsUnavailableAndRecoverByItselfWhenItIsBack() throws Exception {
        users.addLocal("outage.officer", "Outage Officer", PASSWORD, Set.of(Role.OFFICER), Set.of(), "test");
        String token = tokens.create("outage.officer", "outage test", "test").secret();
        HttpClient browser = signedIn();
        assertThat(page(browser, "/").statusCode()).isEqualTo(200);
        assertThat(api(token).statusCode()).isEqualTo(200);

        EmbeddedPostgres server = DatabaseCleaner.server(jdbc);
        String database = DatabaseCleaner.database(jdbc);
        try {
            onTheServer(server, "alter database \"" + database + "\" allow_connections false");
            onTheServer(server, "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                    + "'");

            HttpResponse<String> down = page(browser, "/");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.headers().firstValue("Retry-After")).contains("30");
            assertThat(down.body()).contains("Sorry, the service is unavailable", "cannot reach its database");
            HttpResponse<String> apiDown = api(token);
            assertThat(apiDown.statusCode()).isEqualTo(503);
            assertThat(apiDown.body()).contains("\"status\":503", "cannot reach its database");
        } finally {
            onTheServer(server, "alter database \"" + database + "\" allow_connections true");
        }

        assertThat(page(browser, "/").statusCode()).as("the same session, with no restart").isEqualTo(200);
        assertThat(api(token).statusCode()).isEqualTo(200);
    }

    /** As the server's superuser, from its maintenance database: the service's own may refuse connections. */
    private static void onTheServer(EmbeddedPostgres server, String sql) throws Exception {
        try (Connection connection = server.connect("postgres", Account.SUPERUSER);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private HttpClient signedIn() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher csrf = CSRF.matcher(page(client, "/sign-in").body());
        assertThat(csrf.find()).isTrue();
        String form = "username=outage.officer&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(uri("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }

    private HttpResponse<String> page(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> api(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/v1/overview"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
