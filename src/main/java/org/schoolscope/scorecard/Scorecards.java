package org.schoolscope.scorecard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.schoolscope.performance.Figure;
import org.schoolscope.performance.FigureScope;
import org.schoolscope.performance.Figures;
import org.schoolscope.scorecard.domain.Indicator;
import org.schoolscope.scorecard.domain.Judgement;
import org.schoolscope.scorecard.domain.PeriodChoices;
import org.schoolscope.scorecard.domain.Periods;
import org.schoolscope.scorecard.domain.Point;
import org.schoolscope.scorecard.domain.StatusRules;
import org.schoolscope.scorecard.domain.Values;
import org.schoolscope.scorecard.persistence.IndicatorEntryStore;
import org.schoolscope.scorecard.persistence.StatusOverrideStore;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.LaCode;
import org.springframework.stereotype.Service;

/**
 * The directorate scorecard of any council, from the catalogue version in use and the published figures on record
 * (read through the performance module's {@link Figures}): each indicator's value, England's, the gap, the status
 * against the target with its reason, the rank among the council's statistical neighbours and the trend.
 */
@Service
public class Scorecards {

    private static final int TREND_POINTS = 10;

    private final IndicatorCatalogue catalogue;
    private final Figures figures;
    private final InspectionOutcomes outcomes;
    private final IndicatorEntryStore entries;
    private final StatusOverrideStore overrides;
    private final Clock clock;

    Scorecards(IndicatorCatalogue catalogue, Figures figures, InspectionOutcomes outcomes, IndicatorEntryStore entries,
            StatusOverrideStore overrides, Clock clock) {
        this.catalogue = catalogue;
        this.figures = figures;
        this.outcomes = outcomes;
        this.entries = entries;
        this.overrides = overrides;
        this.clock = clock;
    }

    /**
     * The council's scorecard for the year (an academic year, 2015-16), or for the latest year with a figure of the
     * council's on record when none is given.
     *
     * @param fallbackName the council's name when no benchmark file on record names it
     */
    public Scorecard forCouncil(int laCode, String fallbackName, String year) {
        if (year != null && !Periods.isYear(year)) {
            throw new ScorecardNotFoundException("No scorecard year " + year);
        }
        CatalogueVersion version = catalogue.latest();
        Series series = series(version.indicators(), laCode);
        List<String> years = series.years();
        String shown = year != null ? year
                : years.isEmpty() ? AcademicYear.containing(LocalDate.now(clock)).previous().toString() : years.get(0);
        Computed computed = new Computed(laCode);
        OfficerRecords officers = officerRecords(laCode);
        List<Scorecard.Row> rows = new ArrayList<>();
        for (Indicator indicator : version.indicators()) {
            String period = Periods.of(shown, indicator.periodType());
            Map<String, BigDecimal> council = indicator.source() instanceof Indicator.Source.Computed source
                    ? computed.values(source.computation(), years(period))
                    : indicator.enteredByOfficer() ? officers.values(indicator.code())
                    : values(series.council(indicator));
            boolean recorded = council.containsKey(period);
            BigDecimal value = council.get(period);
            BigDecimal england = series.england(indicator, period);
            Judgement judgement = StatusRules.judge(indicator, new StatusRules.Observation(period, recorded, value,
                    england, earlier(council, period)));
            String source = indicator.source() instanceof Indicator.Source.Computed c
                    ? computed.words(c.computation(), period)
                    : officers.words(indicator.code(), period);
            rows.add(new Scorecard.Row(indicator, period, Periods.label(period),
                    value == null ? "" : Values.format(value, indicator), value,
                    england == null ? indicator.computed() ? NO_ENGLAND : "" : Values.format(england, indicator),
                    england, Values.gap(value, england, indicator), judgement, series.rank(indicator, period, value),
                    sparkline(indicator, council, period), source, officers.override(indicator.code(), period)));
        }
        return new Scorecard(laCode, series.name(fallbackName), shown, years, version.version(),
                !series.neighbours.isEmpty(), rows);
    }

    /** One indicator's page for the council: every period on record, newest first. */
    public IndicatorHistory indicator(int laCode, String fallbackName, String code) {
        CatalogueVersion version = catalogue.latest();
        Indicator indicator = version.indicators().stream()
                .filter(candidate -> candidate.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new ScorecardNotFoundException("No indicator " + code));
        Series series = series(List.of(indicator), laCode);
        OfficerRecords officers = officerRecords(laCode);
        Map<String, BigDecimal> council = indicator.source() instanceof Indicator.Source.Computed source
                ? new Computed(laCode).values(source.computation(),
                        years(AcademicYear.containing(LocalDate.now(clock)).previous().toString()))
                : indicator.enteredByOfficer() ? officers.values(indicator.code())
                : values(series.council(indicator));
        List<IndicatorHistory.Period> periods = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> entry : council.entrySet()) {
            String period = entry.getKey();
            if (Periods.yearOf(period) == null) {
                continue;
            }
            BigDecimal value = entry.getValue();
            BigDecimal england = series.england(indicator, period);
            Judgement judgement = StatusRules.judge(indicator, new StatusRules.Observation(period, true, value,
                    england, earlier(council, period)));
            periods.add(0, new IndicatorHistory.Period(period, Periods.label(period),
                    value == null ? "" : Values.format(value, indicator), value,
                    england == null ? "" : Values.format(england, indicator), england,
                    Values.gap(value, england, indicator), judgement, officers.override(indicator.code(), period)));
        }
        String last = council.keySet().stream().filter(p -> Periods.yearOf(p) != null).reduce((a, b) -> b)
                .orElse("");
        List<IndicatorHistory.Choice> choices = PeriodChoices.begunBy(indicator.periodType(), LocalDate.now(clock))
                .stream().map(p -> new IndicatorHistory.Choice(p, Periods.label(p))).toList();
        return new IndicatorHistory(laCode, series.name(fallbackName), indicator, sourceWords(indicator),
                version.version(), periods, sparkline(indicator, council, last), entryLines(laCode, indicator),
                overrideLines(laCode, indicator), choices);
    }

    private OfficerRecords officerRecords(int laCode) {
        return new OfficerRecords(entries.standing(laCode), overrides.standing(laCode));
    }

    /** Every officer's entry for the indicator, newest first, the standing one for each period marked. */
    private List<IndicatorHistory.Entry> entryLines(int laCode, Indicator indicator) {
        Set<String> seen = new HashSet<>();
        return entries.all(laCode, indicator.code()).stream().map(entry -> new IndicatorHistory.Entry(entry,
                Periods.label(entry.period()), entry.value() == null
                        ? "Not available: " + entry.notAvailableReason()
                        : Values.format(entry.value(), indicator),
                OfficerRecords.dateTime(entry.enteredAt()), seen.add(entry.period()))).toList();
    }

    /** Every status override for the indicator, newest first, the standing one for each period marked. */
    private List<IndicatorHistory.Override> overrideLines(int laCode, Indicator indicator) {
        Set<String> seen = new HashSet<>();
        return overrides.all(laCode, indicator.code()).stream().map(override -> new IndicatorHistory.Override(
                override, Periods.label(override.period()), OfficerRecords.dateTime(override.setAt()),
                seen.add(override.period()))).toList();
    }

    /** Where an indicator's values come from, in words. */
    static String sourceWords(Indicator indicator) {
        if (indicator.source() instanceof Indicator.Source.Series) {
            return "Published by the Department for Education (Local Authority Interactive Tool)";
        }
        if (indicator.source() instanceof Indicator.Source.Computed) {
            return "Computed from Schoolscope's inspection records as at 31 August, the end of each academic year."
                    + " No England figure is published for it, so there is no comparison with England.";
        }
        return "Entered by an officer for each period, with the evidence it rests on.";
    }

    /** What the England column says of a computed indicator. */
    static final String NO_ENGLAND = "No published England figure";

    /** The academic years a computed indicator is worked out for: the trend's, ending at the period. */
    private static List<String> years(String upTo) {
        AcademicYear last = AcademicYear.parse(upTo);
        List<String> years = new ArrayList<>();
        for (int back = TREND_POINTS - 1; back >= 0; back--) {
            years.add(new AcademicYear(last.startYear() - back).toString());
        }
        return years;
    }

    /** A series' values by period in order, a null value "not available". */
    private static TreeMap<String, BigDecimal> values(Map<String, Figure> figures) {
        TreeMap<String, BigDecimal> values = new TreeMap<>();
        figures.forEach((period, figure) -> values.put(period, figure.value()));
        return values;
    }

    private static List<Point> earlier(Map<String, BigDecimal> council, String period) {
        return council.entrySet().stream()
                .filter(entry -> Periods.yearOf(entry.getKey()) != null && entry.getKey().compareTo(period) < 0)
                .map(entry -> new Point(entry.getKey(), entry.getValue())).toList();
    }

    private static Scorecard.Sparkline sparkline(Indicator indicator, Map<String, BigDecimal> council,
            String upTo) {
        List<Map.Entry<String, BigDecimal>> points = council.entrySet().stream()
                .filter(entry -> Periods.yearOf(entry.getKey()) != null && entry.getKey().compareTo(upTo) <= 0
                        && entry.getValue() != null)
                .toList();
        points = points.subList(Math.max(0, points.size() - TREND_POINTS), points.size());
        if (points.isEmpty()) {
            return new Scorecard.Sparkline("", "", "", "No figures on record to show a trend.");
        }
        BigDecimal min = points.stream().map(Map.Entry::getValue).min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal max = points.stream().map(Map.Entry::getValue).max(Comparator.naturalOrder()).orElseThrow();
        BigDecimal range = max.subtract(min);
        List<String> coordinates = new ArrayList<>();
        String x = "";
        String y = "";
        for (int i = 0; i < points.size(); i++) {
            double across = points.size() == 1 ? 50 : 2 + i * 96.0 / (points.size() - 1);
            double up = range.signum() == 0 ? 12
                    : 22 - points.get(i).getValue().subtract(min).divide(range, MathContext.DECIMAL64)
                            .doubleValue() * 20;
            x = String.format(Locale.ROOT, "%.1f", across);
            y = String.format(Locale.ROOT, "%.1f", up);
            coordinates.add(x + "," + y);
        }
        String words = points.stream().map(e -> Periods.label(e.getKey()) + ": "
                + Values.format(e.getValue(), indicator)).collect(Collectors.joining(", "));
        return new Scorecard.Sparkline(String.join(" ", coordinates), x, y, "Trend, " + words + ".");
    }

    private Series series(List<Indicator> indicators, int laCode) {
        List<String> measures = indicators.stream().map(Indicator::source)
                .filter(Indicator.Source.Series.class::isInstance).map(s -> ((Indicator.Source.Series) s).measure())
                .distinct().toList();
        List<Integer> neighbours = figures.statisticalNeighbours(laCode);
        List<Integer> councils = new ArrayList<>();
        councils.add(laCode);
        councils.addAll(neighbours);
        return new Series(laCode, neighbours, figures.councilSeries(measures, councils),
                figures.areaName(laCode));
    }

    /**
     * The computed indicators' counts for one council, each academic year asked of the owners once however many
     * indicators need it. A year in which the register holds none of the council's schools has no value.
     */
    private final class Computed {

        private final LaCode council;
        private final Map<String, InspectionOutcomes.Counts> byYear = new HashMap<>();

        Computed(int laCode) {
            this.council = new LaCode(laCode);
        }

        TreeMap<String, BigDecimal> values(Indicator.Computation computation, List<String> years) {
            TreeMap<String, BigDecimal> values = new TreeMap<>();
            for (String year : years) {
                InspectionOutcomes.Counts counts = counts(year);
                if (counts.schools() > 0) {
                    values.put(year, counts.percent(computation));
                }
            }
            return values;
        }

        /** The value's basis and source in words, or that the register holds no school then. */
        String words(Indicator.Computation computation, String year) {
            InspectionOutcomes.Counts counts = counts(year);
            String asAt = "as at " + AS_AT.format(AcademicYear.parse(year).lastDay());
            if (counts.schools() == 0) {
                return "Computed from Schoolscope's inspection records: no state-funded school of the council's is on"
                        + " record " + asAt + ".";
            }
            return counts.words(computation) + "; computed from Schoolscope's inspection records " + asAt + ".";
        }

        private InspectionOutcomes.Counts counts(String year) {
            return byYear.computeIfAbsent(year, y -> outcomes.asAtEndOf(council, AcademicYear.parse(y)));
        }
    }

    private static final java.time.format.DateTimeFormatter AS_AT = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy", Locale.UK);

    /** The figures of one question: by measure, then area (null for England), then period in order. */
    private static final class Series {

        private final int laCode;
        private final List<Integer> neighbours;
        private final Map<String, Map<Integer, TreeMap<String, Figure>>> byMeasure = new HashMap<>();
        private final Optional<String> name;

        Series(int laCode, List<Integer> neighbours, List<Figure> figures, Optional<String> name) {
            this.laCode = laCode;
            this.neighbours = neighbours;
            this.name = name;
            for (Figure figure : figures) {
                Integer area = figure.scope().kind() == FigureScope.Kind.ENGLAND ? null : figure.scope().laCode();
                byMeasure.computeIfAbsent(figure.measure().code(), m -> new HashMap<>())
                        .computeIfAbsent(area, a -> new TreeMap<>()).put(figure.academicYear(), figure);
            }
        }

        String name(String fallback) {
            return name.orElse(fallback);
        }

        Map<String, Figure> council(Indicator indicator) {
            return area(indicator, laCode);
        }

        private Map<String, Figure> area(Indicator indicator, Integer area) {
            if (!(indicator.source() instanceof Indicator.Source.Series source)) {
                return new TreeMap<>();
            }
            return byMeasure.getOrDefault(source.measure(), new HashMap<>()).getOrDefault(area, new TreeMap<>());
        }

        BigDecimal england(Indicator indicator, String period) {
            Figure figure = area(indicator, null).get(period);
            return figure == null ? null : figure.value();
        }

        /** The council's place among itself and its neighbours with a value for the period; null when unranked. */
        Scorecard.Rank rank(Indicator indicator, String period, BigDecimal value) {
            if (value == null || neighbours.isEmpty()) {
                return null;
            }
            List<BigDecimal> others = new ArrayList<>();
            for (Integer neighbour : neighbours) {
                Figure figure = area(indicator, neighbour).get(period);
                if (figure != null && figure.value() != null) {
                    others.add(figure.value());
                }
            }
            if (others.isEmpty()) {
                return null;
            }
            boolean higher = indicator.polarity() == Indicator.Polarity.HIGHER;
            long better = others.stream().filter(other -> higher ? other.compareTo(value) > 0
                    : other.compareTo(value) < 0).count();
            return new Scorecard.Rank((int) better + 1, others.size() + 1);
        }

        /** The scorecard years with a figure of the council's (a value or "not available"), newest first. */
        List<String> years() {
            TreeSet<String> years = new TreeSet<>(Comparator.reverseOrder());
            for (Map<Integer, TreeMap<String, Figure>> areas : byMeasure.values()) {
                areas.getOrDefault(laCode, new TreeMap<>()).keySet().stream().map(Periods::yearOf)
                        .filter(java.util.Objects::nonNull).forEach(years::add);
            }
            return List.copyOf(years);
        }
    }
}
