package org.schoolscope.correspondence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.assessment.PriorityList;
import org.schoolscope.assessment.PriorityLists;
import org.schoolscope.correspondence.pdf.PdfRenderer;
import org.schoolscope.correspondence.persistence.CorrespondenceQueries;
import org.schoolscope.correspondence.persistence.SentLetterStore;
import org.schoolscope.improvement.AgreedList;
import org.schoolscope.improvement.AgreedLists;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.schoolscope.web.CouncilProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Stage 1 letters: one to every open maintained school of the council, as PDF one by one or all in a zip. Until
 * the year's list is agreed they are drafts from the latest assessment run (officers' overrides respected); once it
 * is agreed they say what was agreed, and sending them keeps each PDF with its SHA-256, so what a school received is
 * shown from then on exactly as it was sent.
 */
@Service
public class Stage1Letters {

    static final String TEMPLATE = "correspondence/pdf/stage-1-letter";
    static final String KIND = "STAGE_1";

    private final PriorityLists lists;
    private final AssessmentRuns runs;
    private final CorrespondenceQueries queries;
    private final AgreedLists agreedLists;
    private final SentLetterStore sent;
    private final PdfRenderer renderer;
    private final CouncilProperties council;
    private final CorrespondenceProperties properties;
    private final Clock clock;

    Stage1Letters(PriorityLists lists, AssessmentRuns runs, CorrespondenceQueries queries, AgreedLists agreedLists,
            SentLetterStore sent, PdfRenderer renderer, CouncilProperties council, CorrespondenceProperties properties,
            Clock clock) {
        this.lists = lists;
        this.runs = runs;
        this.queries = queries;
        this.agreedLists = agreedLists;
        this.sent = sent;
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
                "The council's schools have not been assessed yet, so no letters can be written"));
        Map<Urn, Placement> placements = Placement.of(list, runs.results(list.run().id(), published));
        AcademicYear year = AcademicYear.containing(LocalDate.now(clock));
        Optional<AgreedList> agreed = agreedLists.agreed(year, published);
        Map<Urn, Instant> sentAt = sent.sentAt(KIND, year, published);
        List<Stage1Letter> letters = new ArrayList<>();
        List<MaintainedSchool> notAssessed = new ArrayList<>();
        // The council's maintained schools on the run's day: a school closed or succeeded by then gets no letter.
        LocalDate runDay = LocalDate.ofInstant(list.run().runAt(), clock.getZone());
        for (MaintainedSchool school : queries.maintainedSchools(laCode, runDay, published)) {
            Placement placement = placements.get(school.urn());
            if (placement == null) {
                notAssessed.add(school);
            } else {
                Stage1Decision decision = agreed.map(agreedList -> Stage1Decision.agreed(agreedList,
                        LocalDate.ofInstant(agreedList.agreedAt(), Letters.ENGLAND),
                        agreedList.outcomeFor(school.urn())))
                        .orElseGet(() -> Stage1Decision.draft(year, placement));
                Stage1Letter letter = new Stage1Letter(school, list.run(), placement, decision,
                        Optional.ofNullable(sentAt.get(school.urn())));
                if (filter.matches(letter)) {
                    letters.add(letter);
                }
            }
        }
        return new Stage1Batch(list.run(), year, agreed.isPresent(), letters, notAssessed);
    }

    /**
     * Sends the year's letters that have not been sent yet: each is rendered once, dated today, and kept with its
     * SHA-256. Refused until the year's list is agreed, since a letter must say what was agreed.
     *
     * @return how many letters were sent now
     */
    @Transactional
    public int send(LaCode laCode, ViewerScope viewer) {
        Stage1Batch batch = letters(laCode, Stage1Filter.ALL, viewer);
        if (!batch.agreed()) {
            throw new LettersNotReadyException("The Stage 1 letters can be sent once the " + batch.year()
                    + " list has been agreed: they tell each school what was agreed.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int count = 0;
        for (Stage1Letter letter : batch.letters()) {
            if (letter.sent()) {
                continue;
            }
            byte[] pdf = renderer.pdf(TEMPLATE, variables(letter));
            if (sent.add(KIND, letter.school().urn(), batch.year(), viewer.username(), now, pdf, sha256(pdf))) {
                count++;
            }
        }
        return count;
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

    /** The letter as it was sent, if it has been; otherwise rendered now (a draft until the list is agreed). */
    @Transactional(readOnly = true)
    public byte[] pdf(Stage1Letter letter) {
        return sentLetter(letter).map(SentLetterStore.SentLetter::pdf)
                .orElseGet(() -> renderer.pdf(TEMPLATE, variables(letter)));
    }

    /** The letter kept when it was sent, with its hash, if it has been sent. */
    @Transactional(readOnly = true)
    public Optional<SentLetterStore.SentLetter> sentLetter(Stage1Letter letter) {
        return sent.find(KIND, letter.school().urn(), letter.decision().year(), ViewerScope.system());
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

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    private Map<String, Object> variables(Stage1Letter letter) {
        return Map.of("letter", letter, "council", council, "correspondence", properties, "date",
                Letters.date(LocalDate.now(clock)));
    }
}
