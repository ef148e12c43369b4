package org.schoolscope.performance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.schoolscope.performance.domain.CoreCities;
import org.schoolscope.performance.domain.GroupAverage;
import org.springframework.stereotype.Service;

/**
 * A council's trend in published council-level measures (DfE's LAIT series, NEET) beside England, its statistical
 * neighbours and the core cities, read through {@link Figures#councilSeries}: every period the files hold that has
 * ended by the date asked about (a period's figure counts from the day after it ends, as every figure question
 * counts). The groups' averages are made by {@link GroupFigure}, as a school's benchmarks are.
 */
@Service
public class CouncilTrends {

    private final Figures figures;

    CouncilTrends(Figures figures) {
        this.figures = figures;
    }

    /** Each measure's trend, in the order asked; a measure with no figure on record has no periods. */
    public List<CouncilTrend> of(List<String> measures, int laCode, LocalDate asAt) {
        List<Integer> neighbours = figures.statisticalNeighbours(laCode);
        List<Integer> cities = CoreCities.othersThan(laCode);
        Set<Integer> councils = new LinkedHashSet<>();
        councils.add(laCode);
        councils.addAll(neighbours);
        councils.addAll(cities);
        Map<Integer, String> names = new HashMap<>(figures.areaNames(councils));
        councils.forEach(council -> names.putIfAbsent(council, "council " + council));
        Map<String, Map<String, Map<Integer, Figure>>> byMeasure = new HashMap<>();
        for (Figure figure : figures.councilSeries(measures, councils)) {
            boolean counted = PublishedPeriod.lastDay(figure.academicYear()).map(asAt::isAfter).orElse(false);
            if (counted) {
                Integer area = figure.scope().kind() == FigureScope.Kind.ENGLAND ? null : figure.scope().laCode();
                byMeasure.computeIfAbsent(figure.measure().code(), m -> new TreeMap<>())
                        .computeIfAbsent(figure.academicYear(), p -> new HashMap<>()).put(area, figure);
            }
        }
        List<CouncilTrend> trends = new ArrayList<>();
        for (String measure : measures) {
            Map<String, Map<Integer, Figure>> periods = byMeasure.getOrDefault(measure, Map.of());
            List<CouncilTrend.Period> rows = new ArrayList<>();
            Measure known = null;
            for (Map.Entry<String, Map<Integer, Figure>> period : periods.entrySet()) {
                Map<Integer, Figure> areas = period.getValue();
                Figure like = areas.values().iterator().next();
                known = like.measure();
                rows.add(new CouncilTrend.Period(period.getKey(), Optional.ofNullable(areas.get(laCode)),
                        Optional.ofNullable(areas.get(null)),
                        group(like, FigureScope.Kind.STATISTICAL_NEIGHBOURS, laCode, neighbours, areas, names),
                        group(like, FigureScope.Kind.CORE_CITIES, laCode, cities, areas, names)));
            }
            trends.add(new CouncilTrend(known != null ? known : new Measure(measure, measure, null, null, null),
                    rows));
        }
        return trends;
    }

    private static Optional<Figure> group(Figure like, FigureScope.Kind kind, int laCode, List<Integer> members,
            Map<Integer, Figure> areas, Map<Integer, String> names) {
        if (members.isEmpty()) {
            return Optional.empty();
        }
        List<GroupAverage.Member> values = new ArrayList<>();
        for (Integer member : members) {
            Figure figure = areas.get(member);
            values.add(new GroupAverage.Member(names.get(member), figure == null ? null : figure.value(), null));
        }
        return GroupFigure.of(like, kind, laCode, values, names.get(laCode), null);
    }
}
