package org.schoolscope.performance;

import java.util.Optional;

/**
 * A school's latest figure for one measure beside its benchmarks for the same measure and year: its council, its
 * region, England, the council's statistical neighbours and the core cities. A benchmark is empty where no file on
 * record has it and it cannot be computed from published values.
 */
public record BenchmarkedFigure(Figure school, Optional<Figure> localAuthority, Optional<Figure> region,
        Optional<Figure> england, Optional<Figure> statisticalNeighbours, Optional<Figure> coreCities) {
}
