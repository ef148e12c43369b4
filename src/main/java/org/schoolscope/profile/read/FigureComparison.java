package org.schoolscope.profile.read;

import java.util.Optional;

/**
 * A school's latest figure for one measure beside the LA and England figures for the same measure, year and release
 * stage; a benchmark is empty when none was loaded.
 */
public record FigureComparison(Measure measure, String academicYear, String releaseStage, PublishedFigure school,
        Optional<PublishedFigure> localAuthority, Optional<PublishedFigure> england) {
}
