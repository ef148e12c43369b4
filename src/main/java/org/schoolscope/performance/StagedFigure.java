package org.schoolscope.performance;

import org.schoolscope.ingest.PublishedValue;

/** One validated figure from one row of a file, waiting to be written. */
record StagedFigure(long line, FigureLayout.Scope scope, Integer urn, Integer laestab, Integer laCode,
        String breakdown, String measureCode, String academicYear, String releaseStage, PublishedValue value,
        String rawValue) {
}
