package org.schoolscope.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.schoolscope.performance.Computation;
import org.schoolscope.performance.CouncilTrend;
import org.schoolscope.performance.CouncilTrends;
import org.schoolscope.performance.Figure;
import org.schoolscope.shared.LaCode;
import org.springframework.stereotype.Service;

/**
 * The council's headline outcomes on a date, from the performance module's council trends (DfE's published
 * council-level series, beside England, the statistical neighbours and the core cities). These are public aggregates
 * of the whole council, so every signed-in role sees the same numbers.
 */
@Service
public class HeadlineOutcomes {

    private final CouncilTrends trends;

    HeadlineOutcomes(CouncilTrends trends) {
        this.trends = trends;
    }

    /** Every headline measure, in the dashboard's order. */
    public List<HeadlineOutcome> forCouncil(LaCode council, LocalDate date) {
        return outcomes(Arrays.asList(HeadlineMeasure.values()), council, date);
    }

    /** One headline measure. */
    public HeadlineOutcome one(HeadlineMeasure measure, LaCode council, LocalDate date) {
        return outcomes(List.of(measure), council, date).get(0);
    }

    private List<HeadlineOutcome> outcomes(List<HeadlineMeasure> measures, LaCode council, LocalDate date) {
        List<CouncilTrend> found = trends.of(measures.stream().map(HeadlineMeasure::measureCode).toList(),
                council.value(), date);
        List<HeadlineOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            CouncilTrend trend = found.get(i);
            List<OutcomeYear> years = trend.periods().stream().map(period -> new OutcomeYear(period.period(),
                    value(period.council()), value(period.england()), value(period.statisticalNeighbours()),
                    value(period.coreCities()), workedOut(period.statisticalNeighbours()),
                    workedOut(period.coreCities()))).toList();
            outcomes.add(new HeadlineOutcome(measures.get(i), trend.measure().higherIsBetter(), years));
        }
        return outcomes;
    }

    private static java.math.BigDecimal value(Optional<Figure> figure) {
        return figure.map(Figure::value).orElse(null);
    }

    /** "Mean of ...: Nottingham, Manchester; no value for Bradford." */
    private static String workedOut(Optional<Figure> figure) {
        Computation computed = figure.map(Figure::computed).orElse(null);
        if (computed == null) {
            return "";
        }
        String words = capitalised(computed.method()) + ": " + String.join(", ", computed.members());
        if (!computed.membersWithoutValue().isEmpty()) {
            words += "; no value for " + computed.membersWithoutValue().stream().collect(Collectors.joining(", "));
        }
        return words + ".";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
