package org.schoolscope.assessment.web;

import org.schoolscope.shared.TextLimits;

/** The reason posted to withdraw a note or a self-report. */
public record WithdrawalForm(String reason) {

    static final int MAX_TEXT = TextLimits.FREE_TEXT;

    boolean valid() {
        return reason != null && !reason.isBlank() && reason.length() <= MAX_TEXT;
    }
}
