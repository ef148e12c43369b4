package org.schoolscope.correspondence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.correspondence.pdf.PdfRenderer;
import org.schoolscope.correspondence.persistence.SentReportStore;
import org.schoolscope.correspondence.persistence.SentReportStore.SentReport;
import org.schoolscope.shared.LaCode;
import org.schoolscope.web.CouncilProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly report as a PDF, and the one the council sent the commissioner for a month, kept exactly as sent
 * (issue 14, item 4): the report is built again from whatever is on record each time it is asked for, so what was
 * sent is stored, with its SHA-256, who sent it and when, and shown from then on as it was.
 */
@Service
public class SentMonthlyReports {

    static final String TEMPLATE = "correspondence/pdf/monthly-report";
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final MonthlyReports reports;
    private final SentReportStore sent;
    private final PdfRenderer renderer;
    private final CouncilProperties council;
    private final CorrespondenceProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SentMonthlyReports(MonthlyReports reports, SentReportStore sent, PdfRenderer renderer, CouncilProperties council,
            CorrespondenceProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.sent = sent;
        this.renderer = renderer;
        this.council = council;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** The report as a PDF, dated today, as it would be sent now. */
    public byte[] pdf(MonthlyReport report) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("report", report);
        variables.put("monthName", MONTH_NAME.format(report.month()));
        variables.put("council", council);
        variables.put("correspondence", properties);
        variables.put("date", Letters.date(LocalDate.now(clock)));
        return renderer.pdf(TEMPLATE, variables);
    }

    /** The council's report for the month as it was sent, if it was. */
    @Transactional(readOnly = true)
    public Optional<SentReport> sent(LaCode laCode, YearMonth month) {
        return sent.find(laCode.value(), month);
    }

    /**
     * Records the month's report as sent: renders it now, over every school, and keeps the PDF. A month's report is
     * sent once; asked again, the one sent first is answered. Audited in the same transaction.
     */
    @Transactional
    public SentReport send(LaCode laCode, YearMonth month, ViewerScope viewer) {
        Optional<SentReport> already = sent.find(laCode.value(), month);
        if (already.isPresent()) {
            return already.get();
        }
        byte[] pdf = pdf(reports.report(laCode, month, viewer.withoutNotes()));
        String sha256 = Stage1Letters.sha256(pdf);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (sent.add(laCode.value(), month, viewer.username(), now, pdf, sha256)) {
            events.publishEvent(new MonthlyReportSent(viewer.username(), laCode.value(), month.toString(), sha256));
        }
        return sent.find(laCode.value(), month).orElseThrow();
    }
}
