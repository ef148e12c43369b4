package org.schoolscope.profile.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.schoolscope.performance.BenchmarkedFigure;
import org.schoolscope.performance.Figure;
import org.schoolscope.performance.Figures;
import org.schoolscope.profile.read.FigureComparison;
import org.schoolscope.profile.read.Measure;
import org.schoolscope.profile.read.PublishedFigure;
import org.schoolscope.shared.AsAt;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Repository;

/**
 * A school's latest figure per measure beside its benchmarks, as the performance module, which owns the figures,
 * answers it today: the latest year counting and within it the most settled release stage.
 */
@Repository
public class FigureComparisonQuery {

    private static final Comparator<FigureComparison> BY_TOPIC_AND_LABEL = Comparator
            .comparing((FigureComparison c) -> c.measure().topic(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.measure().label());

    private final Figures figures;
    private final Clock clock;

    public FigureComparisonQuery(Figures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    /**
     * {@code laCode} is the school's LA; with none, no LA figure can match. Phase and type choose the benchmark
     * breakdown where a file publishes one per school type.
     */
    public List<FigureComparison> latestFor(Urn urn, Integer laCode, String phase, String establishmentType) {
        return figures.benchmarked(urn, laCode, BenchmarkBreakdowns.forSchool(phase, establishmentType),
                AsAt.on(LocalDate.now(clock))).stream().map(FigureComparisonQuery::comparison)
                .sorted(BY_TOPIC_AND_LABEL).toList();
    }

    private static FigureComparison comparison(BenchmarkedFigure benchmarked) {
        Figure school = benchmarked.school();
        org.schoolscope.performance.Measure measure = school.measure();
        return new FigureComparison(new Measure(measure.code(), measure.label(), measure.unit(),
                measure.higherIsBetter(), measure.topic()), school.academicYear(), school.releaseStage(),
                figure(school), benchmarked.localAuthority().map(FigureComparisonQuery::figure),
                benchmarked.region().map(FigureComparisonQuery::figure),
                benchmarked.england().map(FigureComparisonQuery::figure),
                benchmarked.statisticalNeighbours().map(FigureComparisonQuery::figure),
                benchmarked.coreCities().map(FigureComparisonQuery::figure));
    }

    private static PublishedFigure figure(Figure figure) {
        return new PublishedFigure(figure.value(), figure.textValue(), figure.unavailable(), figure.rawValue(),
                figure.breakdown(), figure.sourceFile(), figure.importId(),
                figure.isComputed() ? figure.computed().method() : null);
    }
}
