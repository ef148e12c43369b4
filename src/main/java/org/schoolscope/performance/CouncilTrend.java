package org.schoolscope.performance;

import java.util.List;
import java.util.Optional;

/**
 * A council's published series of one measure, period by period oldest first, beside England's and the averages of
 * its statistical neighbours and of the other core cities (computed, each saying how: see {@link GroupFigure}).
 */
public record CouncilTrend(Measure measure, List<Period> periods) {

    public CouncilTrend {
        periods = List.copyOf(periods);
    }

    /**
     * One period's figures; each is empty where no file on record has it (a figure may also be "not available").
     *
     * @param period as stored: an academic year {@code 2022-23}, a financial one {@code FY2022-23}
     */
    public record Period(String period, Optional<Figure> council, Optional<Figure> england,
            Optional<Figure> statisticalNeighbours, Optional<Figure> coreCities) {
    }

    /** The latest period with a value of the council's, if any. */
    public Optional<Period> latest() {
        for (int i = periods.size() - 1; i >= 0; i--) {
            if (periods.get(i).council().map(Figure::value).isPresent()) {
                return Optional.of(periods.get(i));
            }
        }
        return Optional.empty();
    }
}
