package org.schoolscope.attendance.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.schoolscope.attendance.AttendanceAudit;
import org.schoolscope.attendance.PupilPseudonyms;
import org.schoolscope.attendance.domain.AttendanceSchool;
import org.schoolscope.attendance.domain.WeekMarks;
import org.schoolscope.attendance.persistence.CouncilDataStore;
import org.schoolscope.attendance.persistence.EnrolmentIndex;
import org.schoolscope.attendance.persistence.EnrolmentStore;
import org.schoolscope.attendance.persistence.MarksStore;
import org.schoolscope.attendance.persistence.PupilKey;
import org.schoolscope.attendance.persistence.SchoolStore;
import org.schoolscope.attendance.persistence.TermStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the synthetic council in the database, or takes it out. Its schools live only in the attendance module, never
 * in the register, so nothing that lists real schools can show one. Its pupils' made-up numbers are hashed like any
 * import's, and its marks go through the same store as imported marks, so every figure is worked out the one way.
 */
@Service
public class SyntheticCouncil {

    private final SchoolStore schools;
    private final TermStore terms;
    private final EnrolmentStore enrolments;
    private final MarksStore marks;
    private final CouncilDataStore councilData;
    private final PupilPseudonyms pseudonyms;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    SyntheticCouncil(SchoolStore schools, TermStore terms, EnrolmentStore enrolments, MarksStore marks,
            CouncilDataStore councilData, PupilPseudonyms pseudonyms, TransactionTemplate transaction,
            ApplicationEventPublisher events) {
        this.schools = schools;
        this.terms = terms;
        this.enrolments = enrolments;
        this.marks = marks;
        this.councilData = councilData;
        this.pseudonyms = pseudonyms;
        this.transaction = transaction;
        this.events = events;
    }

    /** What was generated. */
    public record Generated(int schools, long pupils, long marks) {
    }

    public boolean exists() {
        return !schools.schools(SyntheticCouncilGenerator.LA_CODE).isEmpty();
    }

    /**
     * Replaces the synthetic council with the year the seed and scale give, up to and including the given day (the
     * whole year when it is null); in one transaction.
     */
    public Generated generate(long seed, double scale, LocalDate upTo, String actor) {
        SyntheticCouncilGenerator generator = new SyntheticCouncilGenerator(seed, scale);
        PupilPseudonyms.Hasher hasher = pseudonyms.hasher();
        return transaction.execute(status -> {
            councilData.removeSyntheticCouncil(actor);
            List<AttendanceSchool> generated = generator.schools().stream()
                    .map(SyntheticCouncilGenerator.SyntheticSchool::school).toList();
            schools.add(generated);
            terms.save(SyntheticCouncilGenerator.LA_CODE, generator.calendar().terms());
            List<EnrolmentStore.NewEnrolment> pupils = new ArrayList<>();
            List<byte[]> pupilMarks = new ArrayList<>();
            generator.forEachPupil(pupil -> {
                pupils.add(new EnrolmentStore.NewEnrolment(hasher.key(pupil.upn()), pupil.urn().value(),
                        pupil.characteristics()));
                pupilMarks.add(pupil.marks());
            });
            enrolments.save(SyntheticCalendar.YEAR, pupils, null);
            EnrolmentIndex index = enrolments.index(SyntheticCouncilGenerator.LA_CODE, SyntheticCalendar.YEAR);
            NavigableMap<LocalDate, byte[]> weeks = weeks(generator, index, pupils, pupilMarks, upTo);
            MarksStore.WriteCounts counts = marks.write(index, weeks, null);
            events.publishEvent(new AttendanceAudit(actor, "generate", AttendanceAudit.YEAR,
                    SyntheticCouncilGenerator.LA_CODE + ":" + SyntheticCalendar.YEAR, "generated the synthetic "
                            + "council (seed " + seed + ", scale " + scale + "): " + generated.size() + " schools, "
                            + pupils.size() + " pupils, " + counts.added() + " marks"));
            return new Generated(generated.size(), pupils.size(), counts.added());
        });
    }

    /** Takes the synthetic council out: its schools, pupils, marks and meetings. */
    public void remove(String actor) {
        transaction.executeWithoutResult(status -> {
            councilData.removeSyntheticCouncil(actor);
            events.publishEvent(new AttendanceAudit(actor, "remove", AttendanceAudit.YEAR,
                    Integer.toString(SyntheticCouncilGenerator.LA_CODE), "removed the synthetic council"));
        });
    }

    /** The pupils' marks rearranged week by week, ten bytes per enrolment of the index, up to the given day. */
    static NavigableMap<LocalDate, byte[]> weeks(SyntheticCouncilGenerator generator, EnrolmentIndex index,
            List<EnrolmentStore.NewEnrolment> pupils, List<byte[]> pupilMarks, LocalDate upTo) {
        SyntheticCalendar calendar = generator.calendar();
        int[] positions = new int[pupils.size()];
        for (int pupil = 0; pupil < pupils.size(); pupil++) {
            EnrolmentStore.NewEnrolment enrolment = pupils.get(pupil);
            positions[pupil] = index.indexOf(new PupilKey(enrolment.pupilKey(), enrolment.urn())).orElseThrow();
        }
        NavigableMap<LocalDate, byte[]> weeks = new TreeMap<>();
        for (int week = 0; week < calendar.weeks(); week++) {
            LocalDate monday = calendar.firstMonday().plusWeeks(week);
            if (upTo != null && monday.isAfter(upTo)) {
                break;
            }
            int lastSlot = upTo == null ? WeekMarks.SLOTS : Integer.bitCount(WeekMarks.sessionsUpTo(
                    upTo.isBefore(monday.plusDays(6)) ? upTo : monday.plusDays(6)));
            byte[] slab = new byte[index.size() * WeekMarks.SLOTS];
            boolean any = false;
            for (int pupil = 0; pupil < pupils.size(); pupil++) {
                byte[] from = pupilMarks.get(pupil);
                for (int slot = 0; slot < lastSlot; slot++) {
                    byte code = from[week * WeekMarks.SLOTS + slot];
                    if (code != 0) {
                        slab[positions[pupil] * WeekMarks.SLOTS + slot] = code;
                        any = true;
                    }
                }
            }
            if (any) {
                weeks.put(monday, slab);
            }
        }
        return weeks;
    }
}
