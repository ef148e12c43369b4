package org.schoolscope.improvement.domain;

/** Where a warning notice stands: from the board's recommendation, through the DCS's decision, to closure. */
public enum NoticeState {
    NONE, RECOMMENDED, DECLINED, APPROVED, ISSUED, CLOSED
}
