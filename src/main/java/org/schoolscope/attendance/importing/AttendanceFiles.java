package org.schoolscope.attendance.importing;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schoolscope.attendance.AttendanceAudit;
import org.schoolscope.attendance.PupilPseudonyms;
import org.schoolscope.attendance.persistence.EnrolmentStore;
import org.schoolscope.attendance.persistence.ImportLogStore;
import org.schoolscope.attendance.persistence.MarksStore;
import org.schoolscope.attendance.persistence.TermStore;
import org.schoolscope.ingest.ImportProblem;
import org.schoolscope.ingest.ImportRejectedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in attendance files (see {@link AttendanceLayout}): the layout is told from the header, every row is checked
 * while the file streams past, and only a file with no problem is written, whole, in one transaction. The same file
 * twice (by content) changes nothing. Pupil-level marks are not a DfE published layout, so they come in here rather
 * than through the shared pipeline, under the same rules and with the same problem records.
 */
@Service
public class AttendanceFiles {

    private final MarksImporter marks;
    private final PupilsImporter pupils;
    private final TermDatesImporter terms;
    private final MarksStore marksStore;
    private final EnrolmentStore enrolments;
    private final TermStore termStore;
    private final ImportLogStore log;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AttendanceFiles(MarksImporter marks, PupilsImporter pupils, TermDatesImporter terms, MarksStore marksStore,
            EnrolmentStore enrolments, TermStore termStore, ImportLogStore log, TransactionTemplate transaction,
            ApplicationEventPublisher events, Clock clock) {
        this.marks = marks;
        this.pupils = pupils;
        this.terms = terms;
        this.marksStore = marksStore;
        this.enrolments = enrolments;
        this.termStore = termStore;
        this.log = log;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** What became of one file. */
    public record Outcome(String file, String layout, Result result, long rows, long added, long changed,
            List<ImportProblem> problems) {

        public enum Result {
            IMPORTED, ALREADY_IMPORTED, REJECTED
        }

        public String summary() {
            return switch (result) {
                case IMPORTED -> file + ": " + layout + ", " + rows + " rows read, " + added + " added, " + changed
                        + " changed";
                case ALREADY_IMPORTED -> file + ": already imported, nothing changed";
                case REJECTED -> file + ": refused, nothing kept: " + problems.get(0);
            };
        }
    }

    public Outcome importFile(Path path, String importedBy) {
        String name = path.getFileName().toString();
        if (!Files.isRegularFile(path)) {
            return rejected(name, "?", ImportProblem.ofFile(name, ImportCheck.UNREADABLE.name(),
                    "There is no such file"));
        }
        try {
            String sha256 = CsvInput.sha256(path);
            if (log.imported(sha256).isPresent()) {
                return new Outcome(name, "?", Outcome.Result.ALREADY_IMPORTED, 0, 0, 0, List.of());
            }
            try (CsvInput input = CsvInput.open(path)) {
                List<String> header = input.header();
                if (header.isEmpty()) {
                    throw Problems.whole(name, ImportCheck.EMPTY_FILE, ImportCheck.EMPTY_FILE.description());
                }
                AttendanceLayout layout = AttendanceLayout.of(header).orElseThrow(() -> Problems.whole(name,
                        ImportCheck.UNKNOWN_LAYOUT, "The header (" + String.join(", ", header) + ") matches none "
                                + "of the attendance layouts: " + layouts()));
                return switch (layout) {
                    case MARKS_BY_DAY, MARKS_BY_SESSION -> writeMarks(name, layout, sha256,
                            marks.parse(input, name, layout, header), importedBy);
                    case PUPILS -> writePupils(name, sha256, pupils.parse(input, name, header), importedBy);
                    case TERMS -> writeTerms(name, sha256, terms.parse(input, name, header), importedBy);
                };
            }
        } catch (ImportRejectedException refused) {
            return new Outcome(name, "?", Outcome.Result.REJECTED, 0, 0, 0, refused.problems());
        } catch (PupilPseudonyms.MissingSecretException noSecret) {
            return rejected(name, "?", ImportProblem.ofFile(name, "NO_PUPIL_KEY_SECRET", noSecret.getMessage()));
        } catch (UncheckedIOException | de.siegmar.fastcsv.reader.CsvParseException unreadable) {
            return rejected(name, "?", ImportProblem.ofFile(name, ImportCheck.UNREADABLE.name(),
                    "The file cannot be read: " + unreadable.getMessage()));
        }
    }

    private Outcome writeMarks(String name, AttendanceLayout layout, String sha256, MarksImporter.ParsedMarks parsed,
            String importedBy) {
        return transaction.execute(status -> {
            long id = log.begin(name, "MARKS", sha256, clock.instant().truncatedTo(ChronoUnit.MICROS), importedBy);
            List<int[]> changes = new ArrayList<>();
            MarksStore.WriteCounts counts = marksStore.write(parsed.index(), parsed.weeks(),
                    (enrolment, day, session, oldCode, newCode) -> changes.add(new int[] {enrolment,
                            (int) day.toEpochDay(), session, oldCode, newCode}));
            log.recordChanges(id, changes);
            log.finish(id, parsed.rows(), counts.added(), counts.changed());
            events.publishEvent(new AttendanceAudit(importedBy, "import", AttendanceAudit.IMPORT, Long.toString(id),
                    "imported " + counts.added() + " new and " + counts.changed() + " changed attendance marks from "
                            + name + " for council " + parsed.index().laCode() + ", " + parsed.index().year()));
            return new Outcome(name, layout.title(), Outcome.Result.IMPORTED, parsed.rows(), counts.added(),
                    counts.changed(), List.of());
        });
    }

    private Outcome writePupils(String name, String sha256, PupilsImporter.ParsedPupils parsed, String importedBy) {
        return transaction.execute(status -> {
            long id = log.begin(name, "PUPILS", sha256, clock.instant().truncatedTo(ChronoUnit.MICROS), importedBy);
            long added = 0;
            long rows = 0;
            for (var year : parsed.byYear().entrySet()) {
                added += enrolments.save(year.getKey(), year.getValue(), id);
                rows += year.getValue().size();
            }
            log.finish(id, parsed.rows(), added, rows - added);
            events.publishEvent(new AttendanceAudit(importedBy, "import", AttendanceAudit.IMPORT, Long.toString(id),
                    "imported the characteristics of " + rows + " pupils from " + name));
            return new Outcome(name, AttendanceLayout.PUPILS.title(), Outcome.Result.IMPORTED, parsed.rows(), added,
                    rows - added, List.of());
        });
    }

    private Outcome writeTerms(String name, String sha256, TermDatesImporter.ParsedTerms parsed, String importedBy) {
        return transaction.execute(status -> {
            long id = log.begin(name, "TERMS", sha256, clock.instant().truncatedTo(ChronoUnit.MICROS), importedBy);
            parsed.byCouncil().forEach(termStore::save);
            log.finish(id, parsed.rows(), parsed.rows(), 0);
            return new Outcome(name, AttendanceLayout.TERMS.title(), Outcome.Result.IMPORTED, parsed.rows(),
                    parsed.rows(), 0, List.of());
        });
    }

    /** Whether the file's content was imported before. */
    public Optional<Long> importedBefore(Path path) {
        return log.imported(CsvInput.sha256(path));
    }

    private static Outcome rejected(String name, String layout, ImportProblem problem) {
        return new Outcome(name, layout, Outcome.Result.REJECTED, 0, 0, 0, List.of(problem));
    }

    private static String layouts() {
        StringBuilder text = new StringBuilder();
        for (AttendanceLayout layout : AttendanceLayout.values()) {
            text.append(text.isEmpty() ? "" : "; ").append(layout.title()).append(" (")
                    .append(String.join(", ", layout.columns())).append(')');
        }
        return text.toString();
    }
}
