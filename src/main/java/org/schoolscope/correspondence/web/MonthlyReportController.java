package org.schoolscope.correspondence.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.correspondence.CorrespondenceNotFoundException;
import org.schoolscope.correspondence.CorrespondenceProperties;
import org.schoolscope.correspondence.MonthlyReport;
import org.schoolscope.correspondence.MonthlyReports;
import org.schoolscope.correspondence.pdf.PdfRenderer;
import org.schoolscope.web.CouncilProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The monthly report to the commissioner for any month ({@code ?month=2026-10}; the last full month when none is
 * given), as a page, PDF and XLSX.
 */
@Controller
class MonthlyReportController {

    static final String TEMPLATE = "correspondence/pdf/monthly-report";
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final MonthlyReports reports;
    private final PdfRenderer renderer;
    private final CouncilProperties council;
    private final CorrespondenceProperties properties;
    private final Clock clock;
    private final MonthlyReportXlsx xlsx = new MonthlyReportXlsx();

    MonthlyReportController(MonthlyReports reports, PdfRenderer renderer, CouncilProperties council,
            CorrespondenceProperties properties, Clock clock) {
        this.reports = reports;
        this.renderer = renderer;
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
            return "correspondence/monthly-report";
        }
        model.addAttribute("problems", List.of());
        model.addAttribute("report", reports.report(council.la(), parsed.get(), viewer));
        model.addAttribute("monthName", MONTH_NAME.format(parsed.get()));
        return "correspondence/monthly-report";
    }

    @GetMapping("/correspondence/monthly-report.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String month, ViewerScope viewer) {
        MonthlyReport report = reports.report(council.la(), required(month), viewer);
        Map<String, Object> variables = new HashMap<>();
        variables.put("report", report);
        variables.put("monthName", MONTH_NAME.format(report.month()));
        variables.put("council", council);
        variables.put("correspondence", properties);
        variables.put("date", DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                .format(java.time.LocalDate.now(clock)));
        return Downloads.attachment("monthly-report-" + report.month() + ".pdf", Downloads.PDF,
                renderer.pdf(TEMPLATE, variables));
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
