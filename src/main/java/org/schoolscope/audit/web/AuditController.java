package org.schoolscope.audit.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit log for administrators: search by user, record type and dates, and export what was found as CSV. */
@Controller
class AuditController {

    static final int SHOWN = 500;
    static final int EXPORTED = 100_000;

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
        model.addAttribute("events", problems.isEmpty() ? audit.find(search, SHOWN) : List.of());
        model.addAttribute("shown", SHOWN);
        return "audit/audit-log";
    }

    @GetMapping("/admin/audit.csv")
    ResponseEntity<byte[]> csv(AuditSearch search) {
        List<AuditEventRow> events = search.problems().isEmpty() ? audit.find(search, EXPORTED) : List.of();
        StringBuilder csv = new StringBuilder("id,occurred_at,actor,action,record_type,record_id,detail\r\n");
        for (AuditEventRow event : events) {
            csv.append(event.id()).append(',').append(event.occurredAt()).append(',').append(cell(event.actor()))
                    .append(',').append(cell(event.action())).append(',').append(cell(event.recordType()))
                    .append(',').append(cell(event.recordId())).append(',').append(cell(event.detail()))
                    .append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("audit-log.csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
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
