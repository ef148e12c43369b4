package org.schoolscope.correspondence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.assessment.PriorityList;
import org.schoolscope.assessment.PriorityLists;
import org.schoolscope.correspondence.pdf.PdfRenderer;
import org.schoolscope.correspondence.persistence.CorrespondenceQueries;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.schoolscope.web.CouncilProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Stage 1 letters: one to every open maintained school of the council, from its latest assessment run with
 * officers' overrides respected, as PDF one by one or all in a zip.
 */
@Service
public class Stage1Letters {

    static final String TEMPLATE = "correspondence/pdf/stage-1-letter";

    private final PriorityLists lists;
    private final AssessmentRuns runs;
    private final CorrespondenceQueries queries;
    private final PdfRenderer renderer;
    private final CouncilProperties council;
    private final CorrespondenceProperties properties;
    private final Clock clock;

    Stage1Letters(PriorityLists lists, AssessmentRuns runs, CorrespondenceQueries queries, PdfRenderer renderer,
            CouncilProperties council, CorrespondenceProperties properties, Clock clock) {
        this.lists = lists;
        this.runs = runs;
        this.queries = queries;
        this.renderer = renderer;
        this.council = council;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The letters for the council's schools the viewer may see that match the filter, and the schools the latest run
     * did not assess. A letter goes to the school, so it never carries a reason from soft intelligence, whoever
     * prints it: such a reason is "other information held by the council".
     */
    @Transactional(readOnly = true)
    public Stage1Batch letters(LaCode laCode, Stage1Filter filter, ViewerScope viewer) {
        ViewerScope published = viewer.withoutNotes();
        PriorityList list = lists.latestFor(laCode, published).orElseThrow(() -> new CorrespondenceNotFoundException(
                "The schools of LA " + laCode + " have not been assessed yet, so no letters can be written"));
        Map<Urn, Placement> placements = Placement.of(list, runs.results(list.run().id(), published));
        List<Stage1Letter> letters = new ArrayList<>();
        List<MaintainedSchool> notAssessed = new ArrayList<>();
        // The council's maintained schools on the run's day: a school closed or succeeded by then gets no letter.
        LocalDate runDay = LocalDate.ofInstant(list.run().runAt(), clock.getZone());
        for (MaintainedSchool school : queries.maintainedSchools(laCode, runDay, published)) {
            Placement placement = placements.get(school.urn());
            if (placement == null) {
                notAssessed.add(school);
            } else {
                Stage1Letter letter = new Stage1Letter(school, list.run(), placement);
                if (filter.matches(letter)) {
                    letters.add(letter);
                }
            }
        }
        return new Stage1Batch(list.run(), letters, notAssessed);
    }

    /**
     * One school's letter; not found when it is not an open maintained school of the council assessed by the run, or
     * the viewer may not see it.
     */
    @Transactional(readOnly = true)
    public Stage1Letter letter(LaCode laCode, Urn urn, ViewerScope viewer) {
        return letters(laCode, Stage1Filter.ALL, viewer).letters().stream().filter(letter -> letter.school().urn().equals(urn))
                .findFirst().orElseThrow(() -> new CorrespondenceNotFoundException("School " + urn
                        + " is not an assessed maintained school of LA " + laCode + ", so it has no Stage 1 letter"));
    }

    public String html(Stage1Letter letter) {
        return renderer.html(TEMPLATE, variables(letter));
    }

    public byte[] pdf(Stage1Letter letter) {
        return renderer.pdf(TEMPLATE, variables(letter));
    }

    /** Every letter as its own PDF in one zip, named by URN. */
    public byte[] zip(List<Stage1Letter> letters) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Stage1Letter letter : letters) {
                zip.putNextEntry(new ZipEntry(letter.fileName()));
                zip.write(pdf(letter));
                zip.closeEntry();
            }
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return bytes.toByteArray();
    }

    private Map<String, Object> variables(Stage1Letter letter) {
        return Map.of("letter", letter, "council", council, "correspondence", properties, "date",
                Letters.date(LocalDate.now(clock)));
    }
}
