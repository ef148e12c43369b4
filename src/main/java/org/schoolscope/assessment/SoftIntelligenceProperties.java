package org.schoolscope.assessment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long soft-intelligence notes are kept: {@code retentionYears} after the note's review date (6 unless the
 * council sets {@code schoolscope.soft-intelligence.retention-years}).
 */
@ConfigurationProperties("schoolscope.soft-intelligence")
public record SoftIntelligenceProperties(Integer retentionYears) {

    public SoftIntelligenceProperties {
        if (retentionYears == null) {
            retentionYears = 6;
        }
        if (retentionYears < 1) {
            throw new IllegalArgumentException("schoolscope.soft-intelligence.retention-years is at least 1");
        }
    }
}
