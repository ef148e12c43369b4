package org.schoolscope.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that cannot reach the database (restarted, or down) gets a clear "service unavailable" (503, with a
 * Retry-After) rather than an unexplained error, whichever part of the request found it out: sign-in, the session's
 * account check, a token, or a page's query (issue 13, item 6). The pool replaces the connections the database lost,
 * so the service recovers by itself once the database is back, with no restart.
 */
@Component
@Order(-300)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    static final String RETRY_AFTER_SECONDS = "30";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!unreachable(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("The database could not be reached for {} {}: {}", request.getMethod(), request.getRequestURI(),
                    rootMessage(e));
            response.resetBuffer();
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service unavailable\",\"status\":503,"
                        + "\"detail\":\"The service cannot reach its database just now. Nothing was changed. Try again"
                        + " in a minute.\"}");
                return;
            }
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    /** Whether the failure is that no connection to the database could be had. */
    static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // A resource failure covers a connection the database dropped (it restarted) as well as none to be had.
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
