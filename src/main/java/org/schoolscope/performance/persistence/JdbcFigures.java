package org.schoolscope.performance.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schoolscope.performance.BenchmarkedFigure;
import org.schoolscope.performance.Computation;
import org.schoolscope.performance.Figure;
import org.schoolscope.performance.FigureScope;
import org.schoolscope.performance.Figures;
import org.schoolscope.performance.GroupFigure;
import org.schoolscope.performance.Measure;
import org.schoolscope.performance.domain.CoreCities;
import org.schoolscope.performance.domain.GroupAverage;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.AsAt;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The figures in PostgreSQL, with the one precedence every question uses (see {@link Figures}). */
@Repository
class JdbcFigures implements Figures {

    /** Final before revised before provisional; then the newest import. */
    static final String STAGE_RANK = "case f.release_stage when 'FINAL' then 3 when 'REVISED' then 2 else 1 end";

    private static final String COLUMNS = """
            f.scope, f.urn, f.la_code, f.breakdown, f.measure_code, f.academic_year, f.release_stage, f.value,
            f.text_value, f.unavailable, f.raw_value, f.source_file, f.import_id,
            m.label, m.unit, m.higher_is_better, m.topic""";

    /**
     * Counted to the date, within the imports named: the condition every figure question applies. Only academic
     * years (2018-19) are counted: a financial or calendar year (FY2018-19, CY2019, from LAIT) ends on another day,
     * and is read by its period, never taken for the academic year its digits resemble.
     */
    private static final String AS_AT = """
            f.academic_year <= :lastYear and f.academic_year ~ '^[0-9]{4}-[0-9]{2}$'
            and (cast(:imports as bigint[]) is null or f.import_id = any(cast(:imports as bigint[])))""";

    private final JdbcClient jdbc;

    JdbcFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Urn, Map<String, Figure>> latestForSchools(Collection<Urn> urns, Collection<String> measures,
            AsAt asAt) {
        Map<Urn, Map<String, Figure>> found = new LinkedHashMap<>();
        if (urns.isEmpty()) {
            return found;
        }
        bind(jdbc.sql("select distinct on (f.urn, f.measure_code) " + COLUMNS
                + " from " + figures(asAt) + " f join measure m on m.code = f.measure_code"
                + " where f.scope = 'SCHOOL' and f.urn = any(:urns)"
                + " and (cast(:measures as text[]) is null or f.measure_code = any(cast(:measures as text[])))"
                + " and " + AS_AT
                + " order by f.urn, f.measure_code, f.academic_year desc, " + STAGE_RANK + " desc, f.import_id desc,"
                + " f.id desc"), asAt)
                .param("urns", urns.stream().map(Urn::value).distinct().toArray(Integer[]::new))
                .param("measures", measures.isEmpty() ? null : measures.toArray(String[]::new))
                .query((ResultSet rs) -> {
                    Figure figure = figure(rs);
                    found.computeIfAbsent(figure.scope().urn(), u -> new LinkedHashMap<>())
                            .put(figure.measure().code(), figure);
                });
        return found;
    }

    @Override
    public long countRecorded(Collection<Urn> urns) {
        return jdbc.sql("select count(*) from figure where scope = 'SCHOOL' and urn = any(?)")
                .param(urns.stream().map(Urn::value).distinct().toArray(Integer[]::new)).query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> latestForEngland(AsAt asAt) {
        return bind(jdbc.sql("select distinct on (f.measure_code, f.breakdown) " + COLUMNS
                + " from " + figures(asAt) + " f join measure m on m.code = f.measure_code"
                + " where f.scope = 'ENGLAND' and " + AS_AT
                + " order by f.measure_code, f.breakdown, f.la_code nulls first, f.academic_year desc, " + STAGE_RANK
                + " desc, f.import_id desc, f.id desc"), asAt)
                .query((rs, n) -> figure(rs)).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Figure> latest(String measure, FigureScope scope, String breakdown, AsAt asAt) {
        if (scope.kind() == FigureScope.Kind.SCHOOL) {
            return Optional.ofNullable(latestForSchools(List.of(scope.urn()), List.of(measure), asAt)
                    .getOrDefault(scope.urn(), Map.of()).get(measure));
        }
        if (scope.kind() == FigureScope.Kind.STATISTICAL_NEIGHBOURS || scope.kind() == FigureScope.Kind.CORE_CITIES) {
            Optional<Figure> council = latest(measure, FigureScope.localAuthority(scope.laCode()), breakdown, asAt);
            return council.flatMap(c -> areaFigures(List.of(c), asAt).group(c, scope.kind(), scope.laCode()));
        }
        Integer code = scope.kind() == FigureScope.Kind.REGION ? scope.areaCode() : scope.laCode();
        return bind(jdbc.sql("select " + COLUMNS + " from " + figures(asAt)
                + " f join measure m on m.code = f.measure_code where f.scope = :scope and f.measure_code = :measure and f.breakdown = :breakdown"
                + " and (:scope = 'ENGLAND' or f.la_code = :code) and " + AS_AT
                + " order by f.academic_year desc, " + STAGE_RANK + " desc, f.import_id desc, f.id desc limit 1"),
                asAt).param("scope", scope.kind().name()).param("measure", measure).param("breakdown", breakdown)
                .param("code", code).query((rs, n) -> figure(rs)).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<BenchmarkedFigure> benchmarked(Urn urn, Integer laCode, List<String> breakdowns, AsAt asAt) {
        List<Figure> school = new ArrayList<>(latestForSchools(List.of(urn), List.of(), asAt)
                .getOrDefault(urn, Map.of()).values());
        if (school.isEmpty()) {
            return List.of();
        }
        AreaFigures areas = areaFigures(school, asAt);
        List<BenchmarkedFigure> benchmarked = new ArrayList<>();
        for (Figure figure : school) {
            Optional<Figure> council = laCode == null ? Optional.empty()
                    : areas.published(figure, "LOCAL_AUTHORITY", laCode, breakdowns)
                            .or(() -> areas.computedForCouncil(figure, laCode));
            Optional<Figure> region = laCode == null ? Optional.empty()
                    : Optional.ofNullable(areas.regionOf(laCode))
                            .flatMap(code -> areas.published(figure, "REGION", code, breakdowns));
            Optional<Figure> england = areas.published(figure, "ENGLAND", null, breakdowns);
            Optional<Figure> neighbours = laCode == null ? Optional.empty()
                    : council.flatMap(c -> areas.group(sameBreakdown(figure, c),
                            FigureScope.Kind.STATISTICAL_NEIGHBOURS, laCode));
            Optional<Figure> cities = laCode == null ? Optional.empty()
                    : council.flatMap(c -> areas.group(sameBreakdown(figure, c), FigureScope.Kind.CORE_CITIES,
                            laCode));
            benchmarked.add(new BenchmarkedFigure(figure, council, region, england, neighbours, cities));
        }
        benchmarked.sort(java.util.Comparator.comparing((BenchmarkedFigure b) -> b.school().measure().topic())
                .thenComparing(b -> b.school().measure().label()));
        return benchmarked;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> councilSeries(Collection<String> measures, Collection<Integer> laCodes) {
        if (measures.isEmpty()) {
            return List.of();
        }
        String[] codes = measures.stream().distinct().toArray(String[]::new);
        List<Figure> series = new ArrayList<>(jdbc.sql("select distinct on (f.measure_code, f.academic_year) "
                + COLUMNS + " from figure f join measure m on m.code = f.measure_code"
                + " where f.scope = 'ENGLAND' and f.breakdown = '' and f.measure_code = any(:measures)"
                + " order by f.measure_code, f.academic_year, f.la_code nulls first, " + STAGE_RANK
                + " desc, f.import_id desc, f.id desc")
                .param("measures", codes).query((rs, n) -> figure(rs)).list());
        if (!laCodes.isEmpty()) {
            // Written as the identity index is (a council's figure has no URN), so that it finds the councils'
            // figures directly: on DfE's full LAIT file, "la_code = any" walked every council figure of the measures.
            series.addAll(jdbc.sql("select distinct on (f.la_code, f.measure_code, f.academic_year) " + COLUMNS
                    + " from figure f join measure m on m.code = f.measure_code"
                    + " where f.scope = 'LOCAL_AUTHORITY' and coalesce(f.urn, 0) = 0"
                    + " and coalesce(f.la_code, 0) = any(:councils) and f.breakdown = ''"
                    + " and f.measure_code = any(:measures)"
                    + " order by f.la_code, f.measure_code, f.academic_year, " + STAGE_RANK
                    + " desc, f.import_id desc, f.id desc")
                    .param("measures", codes)
                    .param("councils", laCodes.stream().distinct().toArray(Integer[]::new))
                    .query((rs, n) -> figure(rs)).list());
        }
        return series;
    }

    @Override
    public List<Integer> statisticalNeighbours(int laCode) {
        return jdbc.sql("""
                select n.neighbour_la_code from statistical_neighbour n
                where n.la_code = :la
                  and n.import_id = (select max(import_id) from statistical_neighbour l where l.la_code = :la)
                order by n.rank""").param("la", laCode).query(Integer.class).list();
    }

    @Override
    public Optional<String> areaName(int code) {
        return jdbc.sql("select name from benchmark_area where code = :code").param("code", code)
                .query(String.class).optional();
    }

    @Override
    public Map<Integer, String> areaNames(Collection<Integer> codes) {
        Map<Integer, String> names = new HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.sql("select code, name from benchmark_area where code = any(:codes)")
                    .param("codes", codes.stream().distinct().toArray(Integer[]::new))
                    .query((ResultSet rs) -> {
                        names.put(rs.getInt("code"), rs.getString("name"));
                    });
        }
        return names;
    }

    /** The school's figure as the council's breakdown: groups compare like with like. */
    private static Figure sameBreakdown(Figure school, Figure council) {
        return new Figure(school.measure(), school.scope(), council.breakdown(), school.academicYear(),
                school.releaseStage(), school.value(), school.textValue(), school.unavailable(), school.rawValue(),
                school.sourceFile(), school.importId(), null);
    }

    /** Every council, region and England figure of the measures and years of these figures, read in one query. */
    private AreaFigures areaFigures(List<Figure> figures, AsAt asAt) {
        List<Figure> rows = bind(jdbc.sql("select " + COLUMNS + " from " + figures(asAt)
                + " f join measure m on m.code = f.measure_code where f.scope in ('LOCAL_AUTHORITY', 'REGION', 'ENGLAND')"
                + " and f.measure_code = any(:measures) and f.academic_year = any(:years) and " + AS_AT
                + " order by " + STAGE_RANK + " desc, f.import_id desc, f.id desc"), asAt)
                .param("measures", figures.stream().map(f -> f.measure().code()).distinct().toArray(String[]::new))
                .param("years", figures.stream().map(Figure::academicYear).distinct().toArray(String[]::new))
                .query((rs, n) -> figure(rs)).list();
        Map<Integer, Area> areas = new HashMap<>();
        jdbc.sql("select code, name, kind, region_code from benchmark_area").query((ResultSet rs) -> {
            areas.put(rs.getInt("code"), new Area(rs.getString("name"), (Integer) rs.getObject("region_code")));
        });
        Map<Integer, List<Integer>> neighbours = new HashMap<>();
        Map<Integer, String> neighbourSource = new HashMap<>();
        jdbc.sql("""
                select n.la_code, n.neighbour_la_code, n.source_file from statistical_neighbour n
                where n.import_id = (select max(import_id) from statistical_neighbour l where l.la_code = n.la_code)
                order by n.la_code, n.rank""").query((ResultSet rs) -> {
                    neighbours.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getInt(2));
                    neighbourSource.put(rs.getInt(1), rs.getString(3));
                });
        return new AreaFigures(rows, areas, neighbours, neighbourSource, asAt);
    }

    private record Area(String name, Integer regionCode) {
    }

    /** The council, region and England figures of one question, and the averages made from them. */
    private final class AreaFigures {

        private final List<Figure> rows;
        private final Map<Integer, Area> areas;
        private final Map<Integer, List<Integer>> neighbours;
        private final Map<Integer, String> neighbourSource;
        private final AsAt asAt;

        AreaFigures(List<Figure> rows, Map<Integer, Area> areas, Map<Integer, List<Integer>> neighbours,
                Map<Integer, String> neighbourSource, AsAt asAt) {
            this.rows = rows;
            this.areas = areas;
            this.neighbours = neighbours;
            this.neighbourSource = neighbourSource;
            this.asAt = asAt;
        }

        Integer regionOf(int laCode) {
            Area area = areas.get(laCode);
            return area == null ? null : area.regionCode();
        }

        /**
         * The published figure of the area for the school's measure and year, in the first breakdown that has one; of
         * the school's release stage where published, else the most settled stage.
         */
        Optional<Figure> published(Figure school, String scope, Integer code, List<String> breakdowns) {
            for (String breakdown : breakdowns) {
                Optional<Figure> match = rows.stream()
                        .filter(f -> f.scope().kind().name().equals(scope) && f.breakdown().equals(breakdown))
                        .filter(f -> f.measure().code().equals(school.measure().code())
                                && f.academicYear().equals(school.academicYear()))
                        .filter(f -> code == null || Objects.equals(f.scope().kind() == FigureScope.Kind.REGION
                                ? f.scope().areaCode() : f.scope().laCode(), code))
                        .sorted(java.util.Comparator.comparing((Figure f) -> !f.releaseStage()
                                .equals(school.releaseStage())))
                        .findFirst();
                if (match.isPresent()) {
                    return match;
                }
            }
            return Optional.empty();
        }

        /**
         * Where a file publishes no figure for the council, the mean of its schools' published values in the same
         * file, weighted by pupils on roll where the census of the year gives them.
         */
        Optional<Figure> computedForCouncil(Figure school, int laCode) {
            if (school.value() == null || "COUNT".equals(school.measure().unit())
                    || "TEXT".equals(school.measure().unit())) {
                return Optional.empty();
            }
            List<GroupAverage.Member> members = new ArrayList<>();
            bind(jdbc.sql("""
                    select distinct on (f.urn) f.urn, f.value, p.value as pupils from %s f
                    left join lateral (select w.value from figure w where w.scope = 'SCHOOL' and w.urn = f.urn
                        and w.measure_code = 'census.pupils_on_roll' and w.academic_year = f.academic_year
                        and w.value is not null order by w.import_id desc limit 1) p on true
                    where f.scope = 'SCHOOL' and f.la_code = :la and f.measure_code = :measure
                      and f.academic_year = :year and f.release_stage = :stage and f.source_file = :file
                      and\s""".formatted(figures(asAt)) + AS_AT + " order by f.urn, f.import_id desc"), asAt)
                    .param("la", laCode).param("measure", school.measure().code())
                    .param("year", school.academicYear()).param("stage", school.releaseStage())
                    .param("file", school.sourceFile())
                    .query((ResultSet rs) -> {
                        members.add(new GroupAverage.Member(String.valueOf(rs.getInt("urn")), rs.getBigDecimal("value"),
                                rs.getBigDecimal("pupils")));
                    });
            return GroupAverage.of(members).map(mean -> GroupFigure.computed(school, new FigureScope(
                    FigureScope.Kind.LOCAL_AUTHORITY, null, laCode, null), mean, new Computation("mean of the "
                            + mean.counted().size() + " " + name(laCode) + " schools' values in " + school.sourceFile()
                            + (mean.pupilWeighted() ? ", weighted by pupils on roll in the census of the year"
                                    : ", each school counting once")
                            + "; " + mean.withoutValue().size() + " schools with no value left out",
                            List.of(), List.of())));
        }

        /** The mean of the group's councils' published figures, each council counting once (no pupil numbers). */
        Optional<Figure> group(Figure council, FigureScope.Kind kind, int laCode) {
            List<Integer> members = kind == FigureScope.Kind.STATISTICAL_NEIGHBOURS
                    ? neighbours.getOrDefault(laCode, List.of()) : CoreCities.othersThan(laCode);
            if (members.isEmpty()) {
                return Optional.empty();
            }
            List<GroupAverage.Member> values = new ArrayList<>();
            for (Integer member : members) {
                Optional<Figure> published = published(council, "LOCAL_AUTHORITY", member,
                        List.of(council.breakdown()));
                values.add(new GroupAverage.Member(name(member), published.filter(f -> f.value() != null)
                        .map(Figure::value).orElse(null), null));
            }
            return GroupFigure.of(council, kind, laCode, values, name(laCode), neighbourSource.get(laCode));
        }

        private String name(int code) {
            Area area = areas.get(code);
            return area == null ? "council " + code : area.name();
        }
    }

    /**
     * Where a question's figures are read from: the current ones, or, within named imports (an earlier run
     * reproduced), every version kept, so that the one those imports made is found (issue 11, item 6).
     */
    private static String figures(AsAt asAt) {
        return asAt.importIds() == null ? "figure" : "figure_version";
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, AsAt asAt) {
        return statement.param("lastYear", AcademicYear.containing(asAt.date()).previous().toString())
                .param("imports", asAt.importIdArray());
    }

    private static Figure figure(ResultSet rs) throws SQLException {
        Measure measure = new Measure(rs.getString("measure_code"), rs.getString("label"), rs.getString("unit"),
                (Boolean) rs.getObject("higher_is_better"), rs.getString("topic"));
        String scope = rs.getString("scope");
        Integer la = (Integer) rs.getObject("la_code");
        FigureScope figureScope = switch (scope) {
            case "SCHOOL" -> FigureScope.school(new Urn(rs.getInt("urn")));
            case "LOCAL_AUTHORITY" -> new FigureScope(FigureScope.Kind.LOCAL_AUTHORITY, null, la, null);
            case "REGION" -> new FigureScope(FigureScope.Kind.REGION, null, null, la);
            default -> new FigureScope(FigureScope.Kind.ENGLAND, null, null, null);
        };
        BigDecimal value = rs.getBigDecimal("value");
        return new Figure(measure, figureScope, rs.getString("breakdown"), rs.getString("academic_year"),
                rs.getString("release_stage"), value, rs.getString("text_value"), rs.getString("unavailable"),
                rs.getString("raw_value"), rs.getString("source_file"), rs.getLong("import_id"), null);
    }
}
