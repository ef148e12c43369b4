package org.schoolscope.assessment.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schoolscope.shared.TextLimits;

/** What a headteacher, or an officer or partner on the school's behalf, posts to report the school vulnerable. */
public record SelfReportForm(String reason, String reportedDay, String reportedMonth, String reportedYear) {

    static final int MAX_TEXT = TextLimits.FREE_TEXT;

    static SelfReportForm empty() {
        return new SelfReportForm(null, null, null, null);
    }

    List<FormProblem> problems(LocalDate today) {
        List<FormProblem> problems = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            problems.add(new FormProblem("reason", "selfReport.error.reason"));
        } else if (reason.length() > MAX_TEXT) {
            problems.add(new FormProblem("reason", "selfReport.error.reasonTooLong"));
        }
        Optional<LocalDate> reported = reportedOn();
        if (reported.isEmpty()) {
            problems.add(new FormProblem("reportedDay", "selfReport.error.reportedOn"));
        } else if (reported.get().isAfter(today)) {
            problems.add(new FormProblem("reportedDay", "selfReport.error.reportedOnFuture"));
        }
        return problems;
    }

    Optional<LocalDate> reportedOn() {
        return FormDates.parse(reportedDay, reportedMonth, reportedYear);
    }

    public boolean hasProblem(List<FormProblem> problems, String field) {
        return FormProblem.has(problems, field);
    }
}
