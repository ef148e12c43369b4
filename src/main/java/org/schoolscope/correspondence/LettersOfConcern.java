package org.schoolscope.correspondence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.correspondence.pdf.PdfRenderer;
import org.schoolscope.correspondence.persistence.CorrespondenceQueries;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.schoolscope.web.CouncilProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Letters of concern to a maintained school, rendered as PDF; producing one is logged for the audit. */
@Service
public class LettersOfConcern {

    static final String TEMPLATE = "correspondence/pdf/letter-of-concern";

    private final CorrespondenceQueries queries;
    private final PdfRenderer renderer;
    private final CouncilProperties council;
    private final CorrespondenceProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LettersOfConcern(CorrespondenceQueries queries, PdfRenderer renderer, CouncilProperties council,
            CorrespondenceProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.queries = queries;
        this.renderer = renderer;
        this.council = council;
        this.properties = properties;
        this.events = events;
    }

    /** The council's open maintained school, one the viewer may see, a letter of concern may be written to. */
    @Transactional(readOnly = true)
    public MaintainedSchool school(LaCode laCode, Urn urn, ViewerScope viewer) {
        Optional<MaintainedSchool> school = queries.maintainedSchools(laCode, LocalDate.now(clock), viewer).stream()
                .filter(candidate -> candidate.urn().equals(urn)).findFirst();
        return school.orElseThrow(() -> new CorrespondenceNotFoundException(
                "School " + urn + " is not an open maintained school of LA " + laCode));
    }

    @Transactional
    public byte[] pdf(LaCode laCode, LetterOfConcern letter, ViewerScope viewer) {
        String actor = viewer.username();
        MaintainedSchool school = school(laCode, letter.urn(), viewer);
        byte[] pdf = renderer.pdf(TEMPLATE, Map.of("letter", letter, "school", school, "council", council,
                "correspondence", properties, "date", Letters.date(letter.date())));
        events.publishEvent(new LetterOfConcernProduced(actor, String.valueOf(letter.urn().value()),
                letter.concerns().size(), letter.requiredActions().size()));
        return pdf;
    }
}
