package org.schoolscope.testing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Route;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Answers a headless browser's requests to {@link #ORIGIN} with MockMvc, so browser tests share a test's Spring
 * context (and its sample database) instead of starting a server. Each request is sent as the given user (for
 * example {@code user("officer").roles("OFFICER")} with {@code csrf()}), so pages are seen as that role sees them.
 * Responses of 400 or more are collected in {@link #failedRequests()} for the test to assert on.
 */
public final class MockMvcBrowser {

    public static final String ORIGIN = "http://schoolscope.test";

    private final MockMvc mvc;
    private final List<RequestPostProcessor> asUser;
    private final List<String> failedRequests = new CopyOnWriteArrayList<>();

    public MockMvcBrowser(MockMvc mvc, RequestPostProcessor... asUser) {
        this.mvc = mvc;
        this.asUser = List.of(asUser);
    }

    /** Routes every request the context makes to {@link #ORIGIN} through MockMvc. */
    public void serve(BrowserContext context) {
        context.route(ORIGIN + "/**", this::answer);
    }

    public List<String> failedRequests() {
        return failedRequests;
    }

    private void answer(Route route) {
        try {
            URI uri = URI.create(route.request().url());
            MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.request().method()), uri);
            String body = route.request().postData();
            if (body != null) {
                request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body);
            }
            asUser.forEach(request::with);
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            if (response.getStatus() >= 400) {
                failedRequests.add(response.getStatus() + " " + uri);
            }
            Map<String, String> headers = response.getHeaderNames().stream()
                    .collect(Collectors.toMap(name -> name, response::getHeader, (first, second) -> first));
            route.fulfill(new Route.FulfillOptions().setStatus(response.getStatus()).setHeaders(headers)
                    .setBodyBytes(response.getContentAsByteArray()));
        } catch (Exception failed) {
            failedRequests.add(failed + " " + route.request().url());
            route.abort();
        }
    }
}
