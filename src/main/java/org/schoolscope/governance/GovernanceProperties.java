package org.schoolscope.governance;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a governor's records are kept after their last appointment stopped: {@code retentionYears} (6 unless the
 * council sets {@code schoolscope.governance.retention-years}).
 */
@ConfigurationProperties("schoolscope.governance")
public record GovernanceProperties(Integer retentionYears) {

    public GovernanceProperties {
        if (retentionYears == null) {
            retentionYears = 6;
        }
        if (retentionYears < 1) {
            throw new IllegalArgumentException("schoolscope.governance.retention-years is at least 1");
        }
    }
}
