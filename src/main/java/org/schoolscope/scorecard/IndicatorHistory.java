package org.schoolscope.scorecard;

import java.util.List;
import org.schoolscope.scorecard.domain.Indicator;
import org.schoolscope.scorecard.domain.Judgement;

/** One indicator's page: its definition, source, and every period on record for the council, newest first. */
public record IndicatorHistory(int laCode, String councilName, Indicator indicator, String sourceWords,
        int catalogueVersion, List<Period> periods, Scorecard.Sparkline trend) {

    public IndicatorHistory {
        periods = List.copyOf(periods);
    }

    /** One period: the council's value, England's, the gap and the status with its reason. */
    public record Period(String period, String periodWords, String value, String england, String gap,
            Judgement judgement) {
    }
}
