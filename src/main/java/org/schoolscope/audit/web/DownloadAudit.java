package org.schoolscope.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.schoolscope.shared.AuditedAction;
import org.schoolscope.shared.Urn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every download in the audit log (issue 13): a letter, a report or an export is a file that leaves the
 * service, whichever module made it. A response is a download when it is sent as a file (a Content-Disposition
 * header) and succeeded; the entry names the file, the address asked for and the school in it, if any.
 */
@Component
class DownloadAudit implements HandlerInterceptor {

    private final ApplicationEventPublisher events;

    DownloadAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** A file downloaded; the record is the file's name. */
    record Downloaded(String actor, String recordId, String detail, Urn school) implements AuditedAction {

        @Override
        public String action() {
            return "download";
        }

        @Override
        public String recordType() {
            return "download";
        }
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        String disposition = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition == null || failure != null || response.getStatus() != HttpServletResponse.SC_OK) {
            return;
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String file = ContentDisposition.parse(disposition).getFilename();
        String asked = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        events.publishEvent(new Downloaded(user == null ? null : user.getName(), file,
                "Downloaded " + (file == null ? "a file" : file) + " from " + asked, school(request)));
    }

    private static Urn school(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("urn") instanceof String urn) {
            try {
                return Urn.parse(urn);
            } catch (IllegalArgumentException notAUrn) {
                return null;
            }
        }
        return null;
    }
}
