package org.schoolscope.profile.read;

import java.util.Optional;

/**
 * A school's latest figure for one measure beside its benchmarks for the same measure and year: its council, region,
 * England, the council's statistical neighbours and the core cities. A benchmark is empty when no file on record has
 * it and it cannot be computed from published values.
 */
public record FigureComparison(Measure measure, String academicYear, String releaseStage, PublishedFigure school,
        Optional<PublishedFigure> localAuthority, Optional<PublishedFigure> region, Optional<PublishedFigure> england,
        Optional<PublishedFigure> statisticalNeighbours, Optional<PublishedFigure> coreCities) {
}
