package org.schoolscope.returns.web;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.schoolscope.correspondence.CorrespondenceProperties;
import org.schoolscope.returns.Returns;
import org.schoolscope.returns.domain.ChaseStep;
import org.schoolscope.returns.domain.Completeness;
import org.schoolscope.web.CouncilProperties;
import org.schoolscope.web.UkDates;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The chase list to take away: a letter to each school to chase, as one PDF, and the list as a workbook. */
@Controller
class ChaseListDownloads {

    static final MediaType XLSX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Returns returns;
    private final LetterPdf pdf;
    private final CouncilProperties council;
    private final CorrespondenceProperties letters;
    private final MessageSource messages;
    private final UkDates dates;

    ChaseListDownloads(Returns returns, LetterPdf pdf, CouncilProperties council, CorrespondenceProperties letters,
            MessageSource messages, UkDates dates) {
        this.returns = returns;
        this.pdf = pdf;
        this.council = council;
        this.letters = letters;
        this.messages = messages;
        this.dates = dates;
    }

    @GetMapping("/returns/{id}/chase-list.pdf")
    ResponseEntity<byte[]> letters(@PathVariable("id") long id) {
        Completeness completeness = returns.completeness(id);
        Map<String, Object> variables = new HashMap<>();
        variables.put("definition", completeness.definition());
        variables.put("schools", completeness.toChase());
        variables.put("council", council);
        variables.put("correspondence", letters);
        variables.put("date", DAY.format(returns.today()));
        variables.put("dueOn", DAY.format(completeness.definition().dueOn()));
        return download("chase-letters-" + id + ".pdf", MediaType.APPLICATION_PDF,
                pdf.pdf("returns/pdf/chase-letters", variables));
    }

    @GetMapping("/returns/{id}/chase-list.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable("id") long id) {
        Completeness completeness = returns.completeness(id);
        Map<String, String> words = new HashMap<>();
        for (Completeness.Standing standing : Completeness.Standing.values()) {
            words.put(standing.name(), messages.getMessage("returns.standing." + standing.name(), null, Locale.UK));
        }
        for (ChaseStep step : ChaseStep.values()) {
            words.put(step.name(), messages.getMessage("returns.chase.step." + step.name(), null, Locale.UK));
        }
        return download("chase-list-" + id + ".xlsx", XLSX,
                ChaseListXlsx.write("Chase list", completeness.toChase(), words, dates));
    }

    private static ResponseEntity<byte[]> download(String fileName, MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
