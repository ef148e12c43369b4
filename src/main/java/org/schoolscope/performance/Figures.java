package org.schoolscope.performance;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.shared.AsAt;
import org.schoolscope.shared.Urn;

/**
 * The figures on record, for other modules: the one definition of "the latest figure of a measure".
 *
 * <p>A figure of an academic year counts from the day after the year ends (results, the census and absence are
 * published after it). The latest is the one of the latest year counting; within a year a final figure wins over a
 * revised one, a revised over a provisional one; within a stage the latest import wins. Only the imports of an
 * {@link AsAt} count where it names them (a run's reproduction).
 */
public interface Figures {

    /** Each school's latest figure of each of the measures (every measure when {@code measures} is empty). */
    Map<Urn, Map<String, Figure>> latestForSchools(Collection<Urn> urns, Collection<String> measures, AsAt asAt);

    /** How many figures are on record about these schools, every year and release stage. */
    long countRecorded(Collection<Urn> urns);

    /** England's latest figure of every measure, for all schools and per school type where published. */
    List<Figure> latestForEngland(AsAt asAt);

    /** The latest figure of a measure for a council, a region or England, in a breakdown ('' for all schools). */
    Optional<Figure> latest(String measure, FigureScope scope, String breakdown, AsAt asAt);

    /**
     * A school's latest figures beside its council's, region's, England's, its statistical neighbours' and the core
     * cities' for the same measure and year, in the breakdowns that fit it, best first ('' is all schools).
     */
    List<BenchmarkedFigure> benchmarked(Urn urn, Integer laCode, List<String> breakdowns, AsAt asAt);

    /**
     * Every period's figure of these measures for these councils and for England, all schools (breakdown ''), the
     * most settled release stage of each period (final, then revised, then provisional; then the newest import).
     * Periods are as stored: academic years ({@code 2015-16}) and the other kinds LAIT names ({@code FY2015-16},
     * {@code CY2016}).
     */
    List<Figure> councilSeries(Collection<String> measures, Collection<Integer> laCodes);

    /** A council's statistical neighbours, closest first, from the newest list on record; none when none is. */
    List<Integer> statisticalNeighbours(int laCode);

    /** The name of a council, region or England as the benchmark files on record give it. */
    Optional<String> areaName(int code);

    /** The names of these councils, regions or England, by code, as {@link #areaName} gives each; none for unknown. */
    Map<Integer, String> areaNames(Collection<Integer> codes);
}
