package org.schoolscope.performance;

import java.util.List;
import java.util.Optional;
import org.schoolscope.performance.domain.GroupAverage;

/**
 * The average of a council's benchmark group, which DfE does not publish: the mean of the group's councils' published
 * values, each council counting once, kept as a computed figure that says how it was made and who counted. The one way
 * both a school's benchmarks and a council's trend make it.
 */
public final class GroupFigure {

    private GroupFigure() {
    }

    /**
     * The group's average for the measure and period of {@code like}, or empty when no member has a value.
     *
     * @param kind {@link FigureScope.Kind#STATISTICAL_NEIGHBOURS} or {@link FigureScope.Kind#CORE_CITIES}
     * @param laCode the council the group is drawn for
     * @param members each member council's name and published value (null when it has none)
     * @param councilName the council's name, for the words
     * @param neighbourList the file DfE's list of neighbours came from, or null when not known
     */
    public static Optional<Figure> of(Figure like, FigureScope.Kind kind, int laCode,
            List<GroupAverage.Member> members, String councilName, String neighbourList) {
        String method = kind == FigureScope.Kind.STATISTICAL_NEIGHBOURS
                ? "mean of the published values of " + councilName + "'s statistical neighbours (DfE's list"
                        + (neighbourList == null ? "" : " in " + neighbourList) + "), each council counting once"
                : "mean of the published values of the other core cities, each council counting once";
        return GroupAverage.of(members).map(mean -> computed(like, new FigureScope(kind, null, laCode, null), mean,
                new Computation(method, mean.counted(), mean.withoutValue())));
    }

    /** A computed figure like {@code like} (its measure, breakdown, period and stage) with the mean as its value. */
    public static Figure computed(Figure like, FigureScope scope, GroupAverage.Mean mean, Computation computation) {
        return new Figure(like.measure(), scope, like.breakdown(), like.academicYear(), like.releaseStage(),
                mean.value(), null, null, mean.value().toPlainString(), null, 0, computation);
    }
}
