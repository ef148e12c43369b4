package org.schoolscope.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.schoolscope.attendance.domain.AttendanceCode;
import org.schoolscope.attendance.domain.AttendanceSchool;
import org.schoolscope.attendance.domain.CodeCategory;
import org.schoolscope.attendance.domain.Phase;
import org.schoolscope.attendance.domain.Suppression;
import org.schoolscope.attendance.persistence.AnalysisQuery;
import org.schoolscope.attendance.persistence.AnalysisQuery.AsAt;
import org.schoolscope.attendance.persistence.AnalysisQuery.Dimension;
import org.schoolscope.attendance.persistence.AnalysisQuery.Group;
import org.schoolscope.attendance.persistence.SchoolScope;
import org.schoolscope.attendance.persistence.SchoolStore;
import org.schoolscope.attendance.published.PublishedAttendance;
import org.schoolscope.attendance.synthetic.SyntheticCouncilGenerator;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance for a council or a school as at any date: rates and counts for every school, phase, district, year
 * group and characteristic group, absence by reason, the weekly trend, and DfE's published figures beside them.
 * Aggregates only, with small counts suppressed; no pupil is named or referenced here.
 */
@Service
public class AttendanceReports {

    private final AnalysisQuery analysis;
    private final SchoolStore schools;
    private final SchoolScope scope;
    private final org.schoolscope.attendance.persistence.TermStore terms;
    private final AttendanceProperties properties;
    private final Clock clock;

    AttendanceReports(AnalysisQuery analysis, SchoolStore schools, SchoolScope scope,
            org.schoolscope.attendance.persistence.TermStore terms, AttendanceProperties properties, Clock clock) {
        this.analysis = analysis;
        this.schools = schools;
        this.scope = scope;
        this.terms = terms;
        this.properties = properties;
        this.clock = clock;
    }

    /** A council with attendance data. */
    public record Council(int laCode, String name, boolean synthetic) {
    }

    public record SchoolLine(AttendanceSchool school, FigureLine figures) {
    }

    public record ReasonLine(String mark, String meaning, String category, String sessions, String rate) {
    }

    public record TrendLine(LocalDate monday, int isoWeek, String pupils, String attendance, String persistentRate,
            String severeRate) {
    }

    /** DfE's published full-year 2024-25 figures for an area and phase. */
    public record PublishedLine(String area, String phase, String attendance, String authorised, String unauthorised,
            String persistentRate) {
    }

    /** Everything the council page shows. */
    public record CouncilReport(Council council, LocalDate requested, LocalDate standsAt, LocalDate firstDay,
            LocalDate lastDay, AcademicYear year, FigureLine all, List<FigureLine> phases, List<FigureLine> districts,
            List<FigureLine> yearGroups, List<FigureLine> characteristics, List<SchoolLine> schools,
            List<ReasonLine> reasons, List<TrendLine> weeks, List<PublishedLine> published, String publishedSource,
            int suppressBelow) {

        /** All pupils, then each phase. */
        public List<FigureLine> summary() {
            List<FigureLine> lines = new ArrayList<>();
            if (all != null) {
                lines.add(all);
            }
            lines.addAll(phases);
            return lines;
        }
    }

    /** Everything a school's aggregate page shows. */
    public record SchoolReport(AttendanceSchool school, Council council, LocalDate requested, LocalDate standsAt,
            LocalDate firstDay, LocalDate lastDay, AcademicYear year, FigureLine all, FigureLine councilAll,
            List<FigureLine> yearGroups, List<FigureLine> characteristics, List<ReasonLine> reasons,
            List<TrendLine> weeks, int suppressBelow, List<org.schoolscope.attendance.domain.TermDates> terms) {

        /** The school, then the council when the viewer sees it. */
        public List<FigureLine> summary() {
            List<FigureLine> lines = new ArrayList<>();
            if (all != null) {
                lines.add(all);
            }
            if (councilAll != null) {
                lines.add(councilAll);
            }
            return lines;
        }
    }

    /** The councils with attendance data the viewer may see, synthetic last. */
    @Transactional(readOnly = true)
    public List<Council> councils() {
        return schools.councils().stream().map(this::council)
                .sorted(Comparator.comparing(Council::synthetic).thenComparing(Council::name)).toList();
    }

    /** The schools with attendance data the viewer may see, by name. */
    @Transactional(readOnly = true)
    public List<AttendanceSchool> visibleSchools() {
        return schools.councils().stream().flatMap(la -> schools.schools(la).stream())
                .filter(school -> scope.maySee(school.urn()))
                .sorted(Comparator.comparing(AttendanceSchool::name, NATURAL)).toList();
    }

    /** Whether the viewer sees every school, and so the councils' pages. */
    public boolean seesEverySchool() {
        return scope.seesEverySchool();
    }

    public Council council(int laCode) {
        if (laCode == SyntheticCouncilGenerator.LA_CODE) {
            return new Council(laCode, SyntheticCouncilGenerator.COUNCIL_NAME, true);
        }
        return new Council(laCode, PublishedAttendance.packed().councilName(laCode).orElse("Council " + laCode),
                false);
    }

    /** The day figures stand at by default: today, or the last day with marks if that is earlier. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public CouncilReport council(int laCode, LocalDate requested) {
        if (!schools.councils().contains(laCode)) {
            throw new AttendanceNotFoundException("No attendance is held for council " + laCode);
        }
        LocalDate[] span = analysis.span(laCode).orElseThrow(() -> new AttendanceNotFoundException(
                "No marks are held for council " + laCode));
        LocalDate day = requested == null ? today() : requested;
        AsAt asAt = analysis.asAt(laCode, day.isBefore(span[0]) ? span[0] : day).orElseThrow();
        Suppression suppression = new Suppression(properties.suppressBelow());
        List<Group> groups = analysis.groups(laCode, asAt);
        Map<Urn, AttendanceSchool> byUrn = new java.util.HashMap<>();
        schools.schools(laCode).forEach(school -> byUrn.put(school.urn(), school));
        List<SchoolLine> schoolLines = groups.stream().filter(group -> group.dimension() == Dimension.SCHOOL)
                .map(group -> byUrn.get(Urn.parse(group.key()))).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(AttendanceSchool::name, NATURAL))
                .map(school -> new SchoolLine(school, line(groups, Dimension.SCHOOL, school.urn().toString(),
                        school.name(), suppression)))
                .toList();
        AcademicYear year = AcademicYear.containing(asAt.day());
        LocalDate yearStart = year.firstDay();
        return new CouncilReport(council(laCode), day, asAt.day(), span[0], span[1], year,
                line(groups, Dimension.COUNCIL, "", "All pupils", suppression),
                lines(groups, Dimension.PHASE, suppression, Comparator.comparing(key -> Phase.valueOf(key))),
                lines(groups, Dimension.DISTRICT, suppression, NATURAL),
                lines(groups, Dimension.YEAR_GROUP, suppression, GroupLabels.YEAR_GROUP_ORDER),
                characteristics(groups, suppression), schoolLines,
                reasons(analysis.sessionsByCode(laCode, null, yearStart, asAt.day()), suppression,
                        groups.stream().filter(g -> g.dimension() == Dimension.COUNCIL).mapToLong(Group::pupils)
                                .sum()),
                trend(analysis.weeks(laCode, null, null, yearStart, asAt.monday()), suppression),
                published(laCode), PublishedAttendance.SOURCE, properties.suppressBelow());
    }

    @Transactional(readOnly = true)
    public SchoolReport school(Urn urn, LocalDate requested) {
        AttendanceSchool school = schools.school(urn).filter(found -> scope.maySee(found.urn()))
                .orElseThrow(() -> new AttendanceNotFoundException("No attendance is held for school " + urn));
        int laCode = school.laCode();
        LocalDate[] span = analysis.span(laCode).orElseThrow(() -> new AttendanceNotFoundException(
                "No marks are held for school " + urn));
        LocalDate day = requested == null ? today() : requested;
        AsAt asAt = analysis.asAt(laCode, day.isBefore(span[0]) ? span[0] : day).orElseThrow();
        Suppression suppression = new Suppression(properties.suppressBelow());
        List<Group> groups = analysis.groups(laCode, urn.value(), asAt);
        AcademicYear year = AcademicYear.containing(asAt.day());
        long pupils = groups.stream().filter(g -> g.dimension() == Dimension.COUNCIL).mapToLong(Group::pupils).sum();
        return new SchoolReport(school, council(laCode), day, asAt.day(), span[0], span[1], year,
                line(groups, Dimension.COUNCIL, "", "All pupils", suppression),
                scope.seesEverySchool() ? councilLine(laCode, asAt, suppression) : null,
                lines(groups, Dimension.YEAR_GROUP, suppression, GroupLabels.YEAR_GROUP_ORDER),
                characteristics(groups, suppression),
                reasons(analysis.sessionsByCode(laCode, urn.value(), year.firstDay(), asAt.day()), suppression,
                        pupils),
                trend(analysis.weeks(laCode, urn.value(), null, year.firstDay(), asAt.monday()), suppression),
                properties.suppressBelow(), terms.calendar(laCode).terms().stream()
                        .filter(term -> term.year().equals(year)).toList());
    }

    /** The council's own line beside a school's, for viewers who see every school. */
    private FigureLine councilLine(int laCode, AsAt asAt, Suppression suppression) {
        return analysis.groups(laCode, asAt).stream().filter(g -> g.dimension() == Dimension.COUNCIL).findFirst()
                .map(group -> FigureLine.of("", "All pupils in the council", group, suppression)).orElse(null);
    }

    private static FigureLine line(List<Group> groups, Dimension dimension, String key, String label,
            Suppression suppression) {
        return groups.stream().filter(g -> g.dimension() == dimension && g.key().equals(key)).findFirst()
                .map(group -> FigureLine.of(key, label, group, suppression)).orElse(null);
    }

    private static List<FigureLine> lines(List<Group> groups, Dimension dimension, Suppression suppression,
            Comparator<String> order) {
        return groups.stream().filter(g -> g.dimension() == dimension)
                .sorted(Comparator.comparing(Group::key, order))
                .map(group -> FigureLine.of(group.key(), GroupLabels.label(dimension, group.key()), group,
                        suppression))
                .toList();
    }

    private static List<FigureLine> characteristics(List<Group> groups, Suppression suppression) {
        List<FigureLine> lines = new ArrayList<>();
        for (Dimension dimension : List.of(Dimension.FREE_SCHOOL_MEALS, Dimension.SEN_PROVISION,
                Dimension.ENGLISH_ADDITIONAL_LANGUAGE, Dimension.CHILD_IN_CARE)) {
            lines.addAll(lines(groups, dimension, suppression, Comparator.reverseOrder()));
        }
        return lines;
    }

    private static List<ReasonLine> reasons(Map<AttendanceCode, Long> sessions, Suppression suppression,
            long pupils) {
        long possible = sessions.entrySet().stream().filter(e -> e.getKey().category().possible())
                .mapToLong(Map.Entry::getValue).sum();
        List<ReasonLine> lines = new ArrayList<>();
        for (AttendanceCode code : AttendanceCode.values()) {
            long count = sessions.getOrDefault(code, 0L);
            if (count == 0 || code.category() == CodeCategory.PRESENT) {
                continue;
            }
            boolean counted = code.category().possible();
            lines.add(new ReasonLine(code.mark(), code.meaning(), code.category().label(),
                    String.format(java.util.Locale.UK, "%,d", count), counted && possible > 0
                            ? suppression.sessionRate(pupils, 100.0 * count / possible) : ""));
        }
        return lines;
    }

    private static List<TrendLine> trend(List<AnalysisQuery.WeekFigures> weeks, Suppression suppression) {
        return weeks.stream().map(week -> new TrendLine(week.monday(), week.monday().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                suppression.count(week.pupils()), suppression.sessionRate(week.pupils(), week.totals().attendanceRate()),
                suppression.rate(week.persistent(), week.pupils(), week.persistentRate()),
                suppression.rate(week.severe(), week.pupils(), week.pupils() == 0 ? 0
                        : 100.0 * week.severe() / week.pupils())))
                .toList();
    }

    /** England's published figures, and the council's own; for the synthetic council, Birmingham's (its source). */
    private static List<PublishedLine> published(int laCode) {
        PublishedAttendance files = PublishedAttendance.packed();
        int council = laCode == SyntheticCouncilGenerator.LA_CODE ? 330 : laCode;
        List<PublishedLine> lines = new ArrayList<>();
        for (String phase : List.of("Primary", "Secondary", "Special")) {
            files.council(council, phase).ifPresent(row -> lines.add(publishedLine(
                    laCode == SyntheticCouncilGenerator.LA_CODE ? row.area() + " (the synthetic council's calibration"
                            + " source)" : row.area(), row)));
            files.england(phase).ifPresent(row -> lines.add(publishedLine("England", row)));
        }
        return lines;
    }

    private static PublishedLine publishedLine(String area, PublishedAttendance.YearToDate row) {
        return new PublishedLine(area, row.phase(), percent(row.number("attendance_perc")),
                percent(row.number("authorised_absence_perc")), percent(row.number("unauthorised_absence_perc")),
                percent(row.number("pa_perc")));
    }

    private static String percent(double value) {
        return String.format(java.util.Locale.UK, "%.1f%%", value);
    }

    /** Names with numbers in them sort as people read them: School 2 before School 10. */
    static final Comparator<String> NATURAL = Comparator.comparing((String name) -> name.replaceAll("\\d+", ""))
            .thenComparingInt(name -> {
                String digits = name.replaceAll("\\D+", "");
                return digits.isEmpty() ? 0 : Integer.parseInt(digits.length() > 9 ? digits.substring(0, 9) : digits);
            });

}
