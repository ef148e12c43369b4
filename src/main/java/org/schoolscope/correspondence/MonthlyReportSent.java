package org.schoolscope.correspondence;

import org.schoolscope.shared.AuditedAction;

/** The month's report was recorded as sent to the commissioner, and kept as sent: on the audit log. */
public record MonthlyReportSent(String actor, int laCode, String month, String sha256) implements AuditedAction {

    @Override
    public String action() {
        return "send";
    }

    @Override
    public String recordType() {
        return "monthly-report";
    }

    @Override
    public String recordId() {
        return laCode + " " + month;
    }

    @Override
    public String detail() {
        return "Recorded the monthly report for " + month + " as sent to the commissioner and kept it as sent"
                + " (SHA-256 " + sha256 + ")";
    }
}
