package org.schoolscope.scorecard.plan.web;

/**
 * What an officer posts for a dated update: a form record, never a stored object. The date comes as the GOV.UK date
 * input's three boxes; the milestone is empty for the action as a whole.
 */
public record UpdateForm(String milestone, String asOfDay, String asOfMonth, String asOfYear, String status,
        String commentary, String evidence) {

    static UpdateForm empty() {
        return new UpdateForm("", "", "", "", "", "", "");
    }
}
