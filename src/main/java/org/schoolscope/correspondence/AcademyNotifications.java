package org.schoolscope.correspondence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.assessment.PriorityList;
import org.schoolscope.assessment.PriorityLists;
import org.schoolscope.assessment.SchoolResult;
import org.schoolscope.correspondence.pdf.PdfRenderer;
import org.schoolscope.correspondence.persistence.CorrespondenceQueries;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.shared.LaCode;
import org.schoolscope.web.CouncilProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Academies the council's latest run notified about: the run's notification rule placed them in its notification
 * category instead of the category the rules found, so the two differ. Most severe first, as the priority list
 * orders them.
 */
@Service
public class AcademyNotifications {

    static final String TEMPLATE = "correspondence/pdf/academy-notification";

    private final PriorityLists lists;
    private final AssessmentRuns runs;
    private final CorrespondenceQueries queries;
    private final PdfRenderer renderer;
    private final CouncilProperties council;
    private final CorrespondenceProperties properties;
    private final Clock clock;

    AcademyNotifications(PriorityLists lists, AssessmentRuns runs, CorrespondenceQueries queries,
            PdfRenderer renderer, CouncilProperties council, CorrespondenceProperties properties, Clock clock) {
        this.lists = lists;
        this.runs = runs;
        this.queries = queries;
        this.renderer = renderer;
        this.council = council;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The academies the viewer may see that the latest run notified about. The notification leaves the council, so
     * it never carries a reason from soft intelligence, whoever prints it.
     */
    @Transactional(readOnly = true)
    public AcademyNotification latest(LaCode laCode, ViewerScope viewer) {
        ViewerScope published = viewer.withoutNotes();
        PriorityList list = lists.latestFor(laCode, published).orElseThrow(() -> new CorrespondenceNotFoundException(
                "The schools of LA " + laCode + " have not been assessed yet"));
        // An officer's override to the category of no concern takes an academy off the notification too.
        String noConcern = list.categories().isEmpty() ? "" : list.categories().get(list.categories().size() - 1);
        java.util.Set<org.schoolscope.shared.Urn> takenOff = list.entries().stream()
                .filter(entry -> entry.overridden() && entry.category().equals(noConcern))
                .map(entry -> entry.result().urn()).collect(java.util.stream.Collectors.toSet());
        List<SchoolResult> academies = runs.results(list.run().id(), published).stream()
                .filter(result -> result.responsibleBody() != ResponsibleBody.LOCAL_AUTHORITY)
                .filter(result -> !takenOff.contains(result.urn()))
                .filter(result -> !result.category().equals(result.assessedCategory()))
                .sorted(Comparator.comparing((SchoolResult result) -> severity(list, result.assessedCategory()))
                        .thenComparing(Comparator.comparingInt(SchoolResult::score).reversed())
                        .thenComparing(result -> result.urn().value()))
                .toList();
        Map<Integer, String> names = queries.schoolNames(academies.stream().map(r -> r.urn().value()).toList(),
                published);
        return new AcademyNotification(list.run(), academies, names);
    }

    public byte[] pdf(AcademyNotification notification) {
        return renderer.pdf(TEMPLATE, Map.of("notification", notification, "council", council, "correspondence",
                properties, "date", Letters.date(LocalDate.now(clock))));
    }

    /** The run's categories are listed most severe first; an unknown one sorts last. */
    private static int severity(PriorityList list, String category) {
        int index = list.categories().indexOf(category);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
