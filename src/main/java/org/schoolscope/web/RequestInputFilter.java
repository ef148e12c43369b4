package org.schoolscope.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.schoolscope.shared.TextLimits;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses input no field may hold, before anything reads it (issue 10): an API request body larger than
 * {@link #MAX_API_BODY} bytes (413), and a NUL character anywhere in a form field, a query parameter or an API body,
 * raw or written as JSON's {@code \u0000} (400), which PostgreSQL cannot store in text. Each field's own length limit
 * ({@link TextLimits}) is checked where the field is validated; this body limit is above the largest of them.
 * Runs before sign-in, so a refusal says nothing about who may do what.
 */
@Component
@Order(-200)
class RequestInputFilter extends OncePerRequestFilter {

    /** Enough for the largest field, a rulebook's text, even with every character escaped in JSON. */
    static final int MAX_API_BODY = 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest checked = request;
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (api) {
            if (request.getContentLengthLong() > MAX_API_BODY) {
                refuse(response, true, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Request too large",
                        "A request body may be at most " + MAX_API_BODY + " bytes.");
                return;
            }
            byte[] body = request.getInputStream().readNBytes(MAX_API_BODY + 1);
            if (body.length > MAX_API_BODY) {
                refuse(response, true, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Request too large",
                        "A request body may be at most " + MAX_API_BODY + " bytes.");
                return;
            }
            if (holdsNul(body)) {
                refuse(response, true, HttpServletResponse.SC_BAD_REQUEST, "Invalid request",
                        "The request contains a NUL character, which no field may hold.");
                return;
            }
            checked = new CachedBody(request, body);
        }
        for (Map.Entry<String, String[]> parameter : checked.getParameterMap().entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                refuse(response, api, HttpServletResponse.SC_BAD_REQUEST, "Invalid request",
                        "The request contains a NUL character, which no field may hold.");
                return;
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    refuse(response, api, HttpServletResponse.SC_BAD_REQUEST, "Invalid request",
                            "The request contains a NUL character, which no field may hold.");
                    return;
                }
            }
        }
        chain.doFilter(checked, response);
    }

    /** A raw NUL byte, or JSON's escape for one: "\u0000" after an odd number of backslashes. */
    static boolean holdsNul(byte[] body) {
        for (int index = 0; index < body.length; index++) {
            if (body[index] == 0) {
                return true;
            }
            if (body[index] == '\\') {
                int backslashes = 0;
                int end = index;
                while (end < body.length && body[end] == '\\') {
                    backslashes++;
                    end++;
                }
                if (backslashes % 2 == 1 && end + 5 <= body.length && (body[end] == 'u' || body[end] == 'U')
                        && body[end + 1] == '0' && body[end + 2] == '0' && body[end + 3] == '0'
                        && body[end + 4] == '0') {
                    return true;
                }
                index = end - 1;
            }
        }
        return false;
    }

    private static void refuse(HttpServletResponse response, boolean api, int status, String title, String detail)
            throws IOException {
        if (!api) {
            response.sendError(status);
            return;
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }

    /** The request with its body read once, so the checks above and the controller see the same bytes. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
