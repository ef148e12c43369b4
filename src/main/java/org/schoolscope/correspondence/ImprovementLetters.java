package org.schoolscope.correspondence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.correspondence.pdf.PdfRenderer;
import org.schoolscope.correspondence.persistence.CorrespondenceQueries;
import org.schoolscope.correspondence.persistence.SentLetterStore;
import org.schoolscope.correspondence.persistence.SentLetterStore.SentLetter;
import org.schoolscope.improvement.SchoolRemovedFromList;
import org.schoolscope.improvement.WarningNoticeIssued;
import org.schoolscope.web.CouncilProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents a school receives from the improvement cycle's own steps (issue 12, item 4): the warning notice the
 * Director decided on, and the letter confirming a removal from the list (seed 004, Stage 3). Each is rendered when
 * its step is recorded, in that step's transaction, and kept as sent, so the school's page offers exactly what the
 * school received.
 */
@Service
public class ImprovementLetters {

    static final String WARNING_NOTICE = "WARNING_NOTICE";
    static final String REMOVAL_LETTER = "REMOVAL_LETTER";

    private final CorrespondenceQueries queries;
    private final SentLetterStore sent;
    private final PdfRenderer renderer;
    private final CouncilProperties council;
    private final CorrespondenceProperties properties;

    ImprovementLetters(CorrespondenceQueries queries, SentLetterStore sent, PdfRenderer renderer,
            CouncilProperties council, CorrespondenceProperties properties) {
        this.queries = queries;
        this.sent = sent;
        this.renderer = renderer;
        this.council = council;
        this.properties = properties;
    }

    @EventListener
    public void onWarningNoticeIssued(WarningNoticeIssued notice) {
        LocalDate issued = LocalDate.ofInstant(notice.issuedAt(), ZoneId.of("Europe/London"));
        byte[] pdf = renderer.pdf("correspondence/pdf/warning-notice", Map.of("notice", notice,
                "schoolName", schoolName(notice.urn().value()), "council", council, "correspondence", properties,
                "date", Letters.date(issued), "complyBy", Letters.date(notice.complyBy()),
                "actions", List.of(notice.requiredActions().split("\\R")).stream().map(String::strip)
                        .filter(line -> !line.isEmpty()).toList()));
        sent.addForStep(WARNING_NOTICE, notice.urn(), notice.year(), notice.eventId(), notice.issuedBy(),
                notice.issuedAt(), pdf, Stage1Letters.sha256(pdf));
    }

    @EventListener
    public void onSchoolRemoved(SchoolRemovedFromList removed) {
        LocalDate on = LocalDate.ofInstant(removed.removedAt(), ZoneId.of("Europe/London"));
        byte[] pdf = renderer.pdf("correspondence/pdf/removal-letter", Map.of("removed", removed,
                "schoolName", schoolName(removed.urn().value()), "council", council, "correspondence", properties,
                "date", Letters.date(on)));
        sent.addForStep(REMOVAL_LETTER, removed.urn(), removed.year(), removed.eventId(), removed.removedBy(),
                removed.removedAt(), pdf, Stage1Letters.sha256(pdf));
    }

    /** The document a step sent, as sent, if the viewer may see its school. */
    @Transactional(readOnly = true)
    public Optional<SentLetter> sentFor(long eventId, ViewerScope viewer) {
        return sent.findForStep(eventId, viewer);
    }

    private String schoolName(int urn) {
        return queries.schoolNames(List.of(urn), ViewerScope.system()).getOrDefault(urn, "the school");
    }
}
