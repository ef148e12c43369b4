package org.schoolscope.correspondence.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.correspondence.CorrespondenceNotFoundException;
import org.schoolscope.correspondence.CorrespondenceProperties;
import org.schoolscope.correspondence.MonthlyReport;
import org.schoolscope.correspondence.MonthlyReports;
import org.schoolscope.correspondence.SentMonthlyReports;
import org.schoolscope.correspondence.persistence.SentReportStore;
import org.schoolscope.web.CouncilProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The monthly report to the commissioner for any month ({@code ?month=2026-10}; the last full month when none is
 * given), as a page, PDF and XLSX; recorded as sent, it is kept and shown as it was sent.
 */
@Controller
class MonthlyReportController {

    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SENT_ON = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(java.time.ZoneId.of("Europe/London"));

    private final MonthlyReports reports;
    private final SentMonthlyReports sentReports;
    private final CouncilProperties council;
    private final CorrespondenceProperties properties;
    private final Clock clock;
    private final MonthlyReportXlsx xlsx = new MonthlyReportXlsx();

    MonthlyReportController(MonthlyReports reports, SentMonthlyReports sentReports, CouncilProperties council,
            CorrespondenceProperties properties, Clock clock) {
        this.reports = reports;
        this.sentReports = sentReports;
        this.council = council;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/correspondence/monthly-report")
    String page(@RequestParam(required = false) String month, ViewerScope viewer, Model model) {
        model.addAttribute("section", "correspondence");
        model.addAttribute("correspondence", properties);
        Optional<YearMonth> parsed = parse(month);
        model.addAttribute("month", month == null ? defaultMonth().toString() : month);
        if (parsed.isEmpty()) {
            model.addAttribute("problems", List.of(new LetterOfConcernForm.Problem("month",
                    "correspondence.monthly.error.month")));
            model.addAttribute("report", null);
            model.addAttribute("sent", null);
            return "correspondence/monthly-report";
        }
        model.addAttribute("problems", List.of());
        model.addAttribute("report", reports.report(council.la(), parsed.get(), viewer));
        SentReportStore.SentReport sent = sentReports.sent(council.la(), parsed.get()).orElse(null);
        model.addAttribute("sent", sent);
        model.addAttribute("sentOn", sent == null ? null : SENT_ON.format(sent.sentAt()));
        model.addAttribute("monthName", MONTH_NAME.format(parsed.get()));
        return "correspondence/monthly-report";
    }

    @GetMapping("/correspondence/monthly-report.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String month, ViewerScope viewer) {
        MonthlyReport report = reports.report(council.la(), required(month), viewer);
        return Downloads.attachment("monthly-report-" + report.month() + ".pdf", Downloads.PDF,
                sentReports.pdf(report));
    }

    /** Records the month's report as sent to the commissioner, kept as the PDF sent (once a month). */
    @PostMapping("/correspondence/monthly-report/sent")
    String send(@RequestParam(required = false) String month, ViewerScope viewer) {
        YearMonth chosen = required(month);
        sentReports.send(council.la(), chosen, viewer);
        return "redirect:/correspondence/monthly-report?month=" + chosen + "#sent";
    }

    /** The month's report exactly as it was sent, byte for byte; not found if it was not sent. */
    @GetMapping("/correspondence/monthly-report/sent.pdf")
    ResponseEntity<byte[]> sentPdf(@RequestParam(required = false) String month) {
        YearMonth chosen = required(month);
        SentReportStore.SentReport report = sentReports.sent(council.la(), chosen).orElseThrow(
                () -> new CorrespondenceNotFoundException("The report for " + chosen + " has not been sent"));
        return Downloads.attachment("monthly-report-" + chosen + "-as-sent.pdf", Downloads.PDF, report.pdf());
    }

    @GetMapping("/correspondence/monthly-report.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String month, ViewerScope viewer) {
        MonthlyReport report = reports.report(council.la(), required(month), viewer);
        return Downloads.attachment("monthly-report-" + report.month() + ".xlsx", Downloads.XLSX,
                xlsx.write(report));
    }

    private YearMonth required(String month) {
        return parse(month).orElseThrow(() -> new CorrespondenceNotFoundException(
                "'" + month + "' is not a month: give it as year and month, for example 2026-10"));
    }

    private Optional<YearMonth> parse(String month) {
        if (month == null || month.isBlank()) {
            return Optional.of(defaultMonth());
        }
        try {
            return Optional.of(YearMonth.parse(month.strip()));
        } catch (DateTimeParseException notAMonth) {
            return Optional.empty();
        }
    }

    private YearMonth defaultMonth() {
        return YearMonth.now(clock).minusMonths(1);
    }
}
