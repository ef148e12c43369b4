package org.schoolscope.assessment.web;

/** The reason posted to withdraw a note or a self-report. */
public record WithdrawalForm(String reason) {

    static final int MAX_TEXT = 5000;

    boolean valid() {
        return reason != null && !reason.isBlank() && reason.length() <= MAX_TEXT;
    }
}
