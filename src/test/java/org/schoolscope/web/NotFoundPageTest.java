package org.schoolscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Runs on a real server because Boot's error pages are rendered through the servlet container's error dispatch. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NotFoundPageTest {

    @LocalServerPort
    int port;

    @Test
    void shouldAnswerAnUnknownAddressWithTheCouncilsNotFoundPage() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no-such-page"))
                        .header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").contains("Birmingham City Council")
                .contains("govuk-skip-link").doesNotContain("Whitelabel").doesNotContain("Exception");
    }
}
