package org.schoolscope.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.schoolscope.access.AllowedSchools;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.PriorityEntry;
import org.schoolscope.assessment.PriorityList;
import org.schoolscope.assessment.PriorityLists;
import org.schoolscope.inspection.Inspections;
import org.schoolscope.inspection.LatestInspection;
import org.schoolscope.register.PhaseOfEducation;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.register.SchoolOnDate;
import org.schoolscope.register.SchoolRegister;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.AsAt;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Service;

/**
 * Makes the dashboard's numbers from the owners' answers: the state-funded schools open on the date (the register),
 * those the viewer may see (access, the same condition every list uses), each one's latest graded inspection then
 * and the one before it (inspection), and the latest assessment run's list (assessment). Nothing here reads a table.
 */
@Service
public class CouncilPictures {

    /** How long without a graded inspection the dashboard reports on, as seed 003 does. */
    public static final int YEARS_WITHOUT_INSPECTION = 5;

    static final String NO_DISTRICT = "No district mapped";
    static final String NO_PHASE = "Phase not known";

    private final SchoolRegister register;
    private final Inspections inspections;
    private final PriorityLists priorityLists;
    private final AllowedSchools allowed;
    private final Clock clock;

    CouncilPictures(SchoolRegister register, Inspections inspections, PriorityLists priorityLists,
            AllowedSchools allowed, Clock clock) {
        this.register = register;
        this.inspections = inspections;
        this.priorityLists = priorityLists;
        this.allowed = allowed;
        this.clock = clock;
    }

    /**
     * The council's picture on the date over the state-funded schools open then that the viewer may see: a partner
     * or headteacher counts their own schools only.
     */
    public CouncilPicture asAt(LaCode council, LocalDate date, ViewerScope viewer) {
        List<SchoolOnDate> open = register.schools(date, SchoolSet.STATE_FUNDED, council);
        Set<Urn> visible = allowed.visible(viewer, open.stream().map(SchoolOnDate::urn).toList());
        List<SchoolOnDate> schools = open.stream().filter(school -> visible.contains(school.urn())).toList();
        Map<Urn, LatestInspection> latest = inspections.latestGraded(
                schools.stream().map(SchoolOnDate::urn).toList(), AsAt.on(date));
        Function<SchoolOnDate, LatestGrade> grade = school -> LatestGrade.of(latest.get(school.urn()));

        GradeCounts overall = GradeCounts.of(schools.stream().map(grade).toList());
        List<SchoolGroup> byPhase = groups(schools, grade, CouncilPictures::phaseKey,
                Comparator.comparing(PhaseKey::order), key -> key.name(), key -> key.listFilter());
        List<SchoolGroup> byBody = groups(schools, grade, SchoolOnDate::responsibleBody,
                Comparator.naturalOrder(), CouncilPictures::bodyName,
                body -> body == ResponsibleBody.UNKNOWN ? null : body.name());
        List<SchoolGroup> byDistrict = groups(schools, grade,
                school -> school.district() == null ? NO_DISTRICT : school.district().name(),
                Comparator.comparing((String name) -> name.equals(NO_DISTRICT))
                        .thenComparing(Comparator.naturalOrder()),
                name -> name, name -> name.equals(NO_DISTRICT) ? null : name);

        LocalDate fiveYearsBefore = date.minusYears(YEARS_WITHOUT_INSPECTION);
        GradeCounts notInspected = GradeCounts.of(latest.values().stream()
                .filter(inspection -> !inspection.inspection().facts().date().isAfter(fiveYearsBefore))
                .map(LatestGrade::of).toList());

        return new CouncilPicture(date, overall, byPhase, byBody, byDistrict, notInspected, changes(latest, date),
                concerns(council, date, viewer));
    }

    /** Compares each latest graded inspection in the year with the graded inspection the school had the day before. */
    private InspectionChanges changes(Map<Urn, LatestInspection> latest, LocalDate date) {
        AcademicYear year = AcademicYear.containing(date);
        Map<LocalDate, List<Urn>> inYearByDay = new TreeMap<>();
        latest.values().stream().filter(inspection -> {
            LocalDate inspected = inspection.inspection().facts().date();
            return !inspected.isBefore(year.firstDay()) && !inspected.isAfter(date);
        }).forEach(inspection -> inYearByDay.computeIfAbsent(inspection.inspection().facts().date(),
                day -> new ArrayList<>()).add(inspection.school()));
        long inspected = 0;
        long improved = 0;
        long declined = 0;
        long unchanged = 0;
        long noEarlier = 0;
        long notComparable = 0;
        for (Map.Entry<LocalDate, List<Urn>> day : inYearByDay.entrySet()) {
            Map<Urn, LatestInspection> before = inspections.latestGraded(day.getValue(),
                    AsAt.on(day.getKey().minusDays(1)));
            for (Urn urn : day.getValue()) {
                inspected++;
                Integer now = LatestGrade.of(latest.get(urn)).overallGrade();
                LatestInspection earlier = before.get(urn);
                if (earlier == null) {
                    noEarlier++;
                    continue;
                }
                Integer then = LatestGrade.of(earlier).overallGrade();
                if (now == null || then == null) {
                    notComparable++;
                } else if (now < then) {
                    improved++;
                } else if (now > then) {
                    declined++;
                } else {
                    unchanged++;
                }
            }
        }
        return new InspectionChanges(year, inspected, improved, declined, unchanged, noEarlier, notComparable);
    }

    /**
     * The latest run made by the end of the date, read without notes: the dashboard shows categories and counts,
     * never a reason, so no soft intelligence is read.
     */
    private Optional<ConcernCounts> concerns(LaCode council, LocalDate date, ViewerScope viewer) {
        Instant endOfDay = date.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return priorityLists.latestBefore(council, endOfDay, viewer.withoutNotes()).map(CouncilPictures::counted);
    }

    private static ConcernCounts counted(PriorityList list) {
        Map<String, Long> byCategory = new LinkedHashMap<>();
        for (PriorityEntry entry : list.entries()) {
            byCategory.merge(entry.category(), 1L, Long::sum);
        }
        List<ConcernCounts.CategoryCount> categories = new ArrayList<>();
        for (String category : list.categories()) {
            Long count = byCategory.remove(category);
            if (count != null) {
                categories.add(new ConcernCounts.CategoryCount(category, count));
            }
        }
        byCategory.forEach((category, count) -> categories.add(new ConcernCounts.CategoryCount(category, count)));
        return new ConcernCounts(list.run().id(), list.run().runAt(), list.run().dataAsOf(), categories);
    }

    private static <K> List<SchoolGroup> groups(List<SchoolOnDate> schools, Function<SchoolOnDate, LatestGrade> grade,
            Function<SchoolOnDate, K> key, Comparator<K> order, Function<K, String> name,
            Function<K, String> listFilter) {
        Map<K, List<LatestGrade>> grouped = new TreeMap<>(order);
        for (SchoolOnDate school : schools) {
            grouped.computeIfAbsent(key.apply(school), k -> new ArrayList<>()).add(grade.apply(school));
        }
        List<SchoolGroup> groups = new ArrayList<>();
        grouped.forEach((k, grades) -> groups.add(new SchoolGroup(name.apply(k), listFilter.apply(k),
                GradeCounts.of(grades))));
        return groups;
    }

    /** A phase in GIAS's order, with the phase not known last. */
    private record PhaseKey(int order, String name, String listFilter) {
    }

    private static PhaseKey phaseKey(SchoolOnDate school) {
        PhaseOfEducation phase = school.phase();
        if (phase == null) {
            return new PhaseKey(Integer.MAX_VALUE, NO_PHASE, null);
        }
        if (phase == PhaseOfEducation.NOT_APPLICABLE) {
            // The school list knows these schools by the phase their latest file gives (Ofsted's "Special" or "PRU",
            // say), not by one value, so the dashboard does not link them.
            return new PhaseKey(phase.code(), "No single phase (for example special schools)", null);
        }
        return new PhaseKey(phase.code(), phase.giasName(), phase.giasName());
    }

    static String bodyName(ResponsibleBody body) {
        return switch (body) {
            case LOCAL_AUTHORITY -> "Maintained by the council";
            case TRUST -> "Academies and free schools";
            case OTHER -> "Run by another body";
            case UNKNOWN -> "State-funded, not known whether maintained or an academy";
        };
    }
}
