package org.schoolscope.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The audit log for administrators: search by user, school, action, record type and dates, and download all that was
 * found as CSV.
 */
@Controller
class AuditController {

    static final int SHOWN = 500;

    private final AuditQuery audit;

    AuditController(AuditQuery audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String search(AuditSearch search, Model model) {
        List<AuditSearch.Problem> problems = search.problems();
        model.addAttribute("section", "admin");
        model.addAttribute("search", search);
        model.addAttribute("problems", problems);
        model.addAttribute("recordTypes", audit.recordTypes());
        model.addAttribute("actions", audit.actions());
        model.addAttribute("events", problems.isEmpty() ? audit.find(search, SHOWN) : List.of());
        model.addAttribute("shown", SHOWN);
        return "audit/audit-log";
    }

    /**
     * Every entry the search finds, written as it is read from the database: the download has no row cap, and a
     * long log is never held in memory.
     */
    @GetMapping("/admin/audit.csv")
    void csv(AuditSearch search, HttpServletResponse response) throws IOException {
        response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("audit-log.csv").build().toString());
        Writer csv = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        csv.write("id,occurred_at,actor,action,record_type,record_id,school_urn,detail\r\n");
        if (search.problems().isEmpty()) {
            audit.each(search, event -> {
                try {
                    csv.write(event.id() + "," + event.occurredAt() + "," + cell(event.actor()) + ","
                            + cell(event.action()) + "," + cell(event.recordType()) + "," + cell(event.recordId())
                            + "," + (event.school() == null ? "" : event.school()) + "," + cell(event.detail())
                            + "\r\n");
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
        }
        csv.flush();
    }

    /** Quotes every cell, and defuses cells a spreadsheet would run as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
