package org.schoolscope.profile.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.inspection.Inspections;
import org.schoolscope.inspection.LatestInspection;
import org.schoolscope.inspection.domain.Inspection;
import org.schoolscope.inspection.domain.KeyJudgementsInspection;
import org.schoolscope.inspection.domain.ReportCardInspection;
import org.schoolscope.inspection.domain.SingleGradeInspection;
import org.schoolscope.profile.read.GradedOutcome;
import org.schoolscope.profile.read.InspectionFramework;
import org.schoolscope.profile.read.OutcomeFilter;
import org.schoolscope.profile.read.ResponsibleBody;
import org.schoolscope.profile.read.ResultPage;
import org.schoolscope.profile.read.SchoolCriteria;
import org.schoolscope.profile.read.SchoolListing;
import org.schoolscope.profile.read.SchoolSummary;
import org.schoolscope.profile.read.SortDirection;
import org.schoolscope.register.SchoolOnDate;
import org.schoolscope.register.SchoolRegister;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.shared.AsAt;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds schools by the list's filters, one sorted page at a time: the schools the register gives as open on the list's
 * day, as they were that day, each with its latest graded inspection by then as the inspection module answers it. A
 * council has hundreds of schools, not millions, so filtering and sorting the day's schools in memory costs less than
 * asking both modules again per page; which of them the viewer may see is still decided in SQL.
 */
@Repository
public class SchoolListQuery {

    private final SchoolRegister register;
    private final Inspections inspections;
    private final JdbcClient jdbc;
    private final Clock clock;

    public SchoolListQuery(SchoolRegister register, Inspections inspections, JdbcClient jdbc, Clock clock) {
        this.register = register;
        this.inspections = inspections;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One page of the schools the viewer may see that match the criteria. */
    public SchoolListing find(SchoolCriteria criteria, ViewerScope viewer) {
        LocalDate on = criteria.asAt() != null ? criteria.asAt() : LocalDate.now(clock);
        List<SchoolOnDate> open = register.schools(on, SchoolSet.ALL, criteria.la());
        Set<Integer> visible = visible(open, viewer);
        List<SchoolOnDate> seen = open.stream().filter(s -> visible.contains(s.urn().value())).toList();
        Map<Urn, LatestInspection> latest = inspections.latestGraded(seen.stream().map(SchoolOnDate::urn).toList(),
                AsAt.on(on));
        Search search = Search.of(criteria.search());
        List<SchoolSummary> matching = seen.stream().filter(search::matches)
                .map(school -> summary(school, latest.get(school.urn()))).filter(s -> matches(s, criteria))
                .sorted(order(criteria)).toList();
        int from = Math.min(criteria.offset(), matching.size());
        int to = Math.min(from + criteria.pageSize(), matching.size());
        ResultPage<SchoolSummary> page = new ResultPage<>(matching.subList(from, to), matching.size(), criteria.page(),
                criteria.pageSize());
        return new SchoolListing(page, on, distinct(seen, SchoolOnDate::phaseName),
                distinct(seen, s -> s.type() == null ? null : s.typeName()),
                matching.isEmpty() ? notOpen(search, on, viewer) : Optional.empty());
    }

    private static List<String> distinct(List<SchoolOnDate> schools, Function<SchoolOnDate, String> value) {
        return schools.stream().map(value).filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** The school a URN search named, where the viewer may see it but it was not open on the day. */
    private Optional<SchoolListing.NotOpen> notOpen(Search search, LocalDate on, ViewerScope viewer) {
        if (search.digits() == null || search.digits().length() != 6) {
            return Optional.empty();
        }
        Urn urn = new Urn(Integer.parseInt(search.digits()));
        return register.find(urn, on).filter(s -> !s.isOpen())
                .filter(s -> !visible(List.of(s), viewer).isEmpty())
                .map(s -> new SchoolListing.NotOpen(s.urn(), s.displayName()));
    }

    /** The URNs among these that the viewer may see, decided by the access module's SQL as every query is. */
    private Set<Integer> visible(List<SchoolOnDate> schools, ViewerScope viewer) {
        if (schools.isEmpty()) {
            return Set.of();
        }
        Integer[] urns = schools.stream().map(s -> s.urn().value()).toArray(Integer[]::new);
        return new HashSet<>(jdbc.sql("select urn from unnest(cast(:urns as integer[])) as listed(urn) where "
                + viewer.schools("urn")).params(viewer.parameters()).param("urns", urns).query(Integer.class).list());
    }

    private static boolean matches(SchoolSummary school, SchoolCriteria criteria) {
        return (criteria.district() == null || criteria.district().equals(school.district()))
                && (criteria.phase() == null || criteria.phase().equals(school.phase()))
                && (criteria.establishmentType() == null || criteria.establishmentType().equals(school.establishmentType()))
                && (criteria.responsibleBody() == null || criteria.responsibleBody() == school.responsibleBody())
                && (criteria.outcome() == null || outcomeMatches(criteria.outcome(), school.latestGradedOutcome()));
    }

    private static boolean outcomeMatches(OutcomeFilter filter, Optional<GradedOutcome> outcome) {
        if (filter.overallEffectiveness() != null) {
            return outcome.filter(o -> o.framework() == InspectionFramework.SINGLE_GRADE)
                    .map(o -> filter.overallEffectiveness().equals(o.overallEffectiveness())).orElse(false);
        }
        return switch (filter) {
            case KEY_JUDGEMENTS -> outcome.map(o -> o.framework() == InspectionFramework.KEY_JUDGEMENTS).orElse(false);
            case REPORT_CARD -> outcome.map(o -> o.framework() == InspectionFramework.REPORT_CARD).orElse(false);
            default -> outcome.isEmpty();
        };
    }

    /** The chosen column in the chosen direction, blanks last either way, then by name and URN. */
    private static Comparator<SchoolSummary> order(SchoolCriteria criteria) {
        Comparator<SchoolSummary> column = switch (criteria.sort()) {
            case NAME -> by(s -> s.name().toLowerCase(Locale.UK), criteria.direction());
            case URN -> by(s -> s.urn().value(), criteria.direction());
            case PHASE -> by(SchoolSummary::phase, criteria.direction());
            case OUTCOME -> by(SchoolListQuery::outcomeRank, criteria.direction());
            case INSPECTED -> by(s -> s.latestGradedOutcome().map(GradedOutcome::inspectedOn).orElse(null),
                    criteria.direction());
        };
        return column.thenComparing(s -> s.name().toLowerCase(Locale.UK)).thenComparing(s -> s.urn().value());
    }

    private static <T extends Comparable<? super T>> Comparator<SchoolSummary> by(Function<SchoolSummary, T> key,
            SortDirection direction) {
        Comparator<T> values = direction == SortDirection.ASCENDING ? Comparator.naturalOrder()
                : Comparator.reverseOrder();
        return Comparator.comparing(key, Comparator.nullsLast(values));
    }

    /** Graded outcomes first, best first; then the eras without an overall grade; then none. */
    private static Integer outcomeRank(SchoolSummary school) {
        return school.latestGradedOutcome().map(o -> switch (o.framework()) {
            case SINGLE_GRADE -> Objects.requireNonNullElse(o.overallEffectiveness(), 8);
            case KEY_JUDGEMENTS -> 5;
            default -> 6;
        }).orElse(9);
    }

    private static SchoolSummary summary(SchoolOnDate school, LatestInspection latest) {
        return new SchoolSummary(school.urn(), school.laestab(), school.laCode(), school.displayName(),
                school.type() == null ? null : school.typeName(), school.phaseName(), "Open",
                ResponsibleBody.valueOf(school.responsibleBody().name()), school.trustName(),
                school.district() == null ? null : school.district().name(),
                Optional.ofNullable(latest).map(l -> outcome(l.inspection())));
    }

    private static GradedOutcome outcome(Inspection inspection) {
        LocalDate on = inspection.facts().date();
        if (inspection instanceof SingleGradeInspection graded) {
            return new GradedOutcome(InspectionFramework.SINGLE_GRADE, graded.overallEffectiveness().grade(),
                    graded.categoryOfConcern() == null ? null : graded.categoryOfConcern().code(),
                    graded.safeguarding() == null ? null : graded.safeguarding().name(), on);
        }
        if (inspection instanceof KeyJudgementsInspection graded) {
            return new GradedOutcome(InspectionFramework.KEY_JUDGEMENTS, null,
                    graded.categoryOfConcern() == null ? null : graded.categoryOfConcern().code(),
                    graded.safeguarding().name(), on);
        }
        if (inspection instanceof ReportCardInspection card) {
            return new GradedOutcome(InspectionFramework.REPORT_CARD, null,
                    card.categoryOfConcern() == null ? null : card.categoryOfConcern().code(),
                    card.safeguarding().name(), on);
        }
        throw new IllegalStateException("An ungraded inspection is never a latest graded one");
    }

    /** What the list's search box looks for: every word in the name, or the URN or LA/establishment number. */
    private record Search(String digits, List<String> words) {

        static Search of(String text) {
            if (text == null) {
                return new Search(null, List.of());
            }
            String digits = text.replaceAll("[\\s/]", "");
            if (digits.matches("\\d{4,7}")) {
                return new Search(digits, List.of());
            }
            return new Search(null, List.of(normal(text).split(" ")).stream().filter(w -> !w.isEmpty()).toList());
        }

        boolean matches(SchoolOnDate school) {
            if (digits != null) {
                return digits.equals(Integer.toString(school.urn().value()))
                        || (school.laestab() != null && digits.equals(Integer.toString(school.laestab())));
            }
            String name = normal(school.displayName());
            return words.stream().allMatch(name::contains);
        }

        /** Lower case, with punctuation as spaces, so "St. Mary's" finds "St Marys" and "st mary". */
        private static String normal(String text) {
            return text.toLowerCase(Locale.UK).replace("'", "").replace("’", "").replaceAll("[^\\p{L}\\p{N}]+", " ")
                    .trim();
        }
    }
}
