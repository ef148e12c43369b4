package org.schoolscope.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.schoolscope.shared.Urn;
import org.schoolscope.shared.TextLimits;

/**
 * The audit page's GET filter: user, school (its URN), action, record type and a date range (inclusive), all
 * optional. Dates are written as {@code 2026-11-29}.
 */
public record AuditSearch(String user, String school, String action, String recordType, String from, String to) {

    /** A field to correct; {@code field} is the id of the control the error summary links to. */
    public record Problem(String field, String messageKey) {
    }

    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (!TextLimits.within(user, TextLimits.SHORT_TEXT)) {
            problems.add(new Problem("user", "audit.error.tooLong"));
        }
        if (school != null && !school.isBlank() && schoolUrn() == null) {
            problems.add(new Problem("school", "audit.error.school"));
        }
        if (!TextLimits.within(action, TextLimits.SHORT_TEXT)) {
            problems.add(new Problem("action", "audit.error.tooLong"));
        }
        if (!TextLimits.within(recordType, TextLimits.SHORT_TEXT)) {
            problems.add(new Problem("recordType", "audit.error.tooLong"));
        }
        if (from != null && !from.isBlank() && date(from) == null) {
            problems.add(new Problem("from", "audit.error.from"));
        }
        if (to != null && !to.isBlank() && date(to) == null) {
            problems.add(new Problem("to", "audit.error.to"));
        }
        return problems;
    }

    /** The school's URN, or null when none (or not a URN) is given. */
    Integer schoolUrn() {
        if (school == null || school.isBlank()) {
            return null;
        }
        try {
            return Urn.parse(school).value();
        } catch (IllegalArgumentException notAUrn) {
            return null;
        }
    }

    LocalDate fromDate() {
        return from == null || from.isBlank() ? null : date(from);
    }

    LocalDate toDate() {
        return to == null || to.isBlank() ? null : date(to);
    }

    public boolean hasProblem(List<Problem> problems, String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }

    /** The query string that repeats this search, for the CSV link. */
    public String query() {
        StringBuilder query = new StringBuilder();
        append(query, "user", user);
        append(query, "school", school);
        append(query, "action", action);
        append(query, "recordType", recordType);
        append(query, "from", from);
        append(query, "to", to);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
