package org.schoolscope.scorecard;

import org.schoolscope.shared.AuditedAction;

/**
 * An officer's indicator entry or status override, for the audit log (issue 15, item 6), published in the
 * transaction that stores it. The council's figures are not personal data, so the detail names the value.
 */
public record ScorecardAudited(String actor, String action, String recordType, String recordId, String detail)
        implements AuditedAction {

    static ScorecardAudited entry(IndicatorEntry entry) {
        String what = entry.value() == null ? "as not available" : "as " + entry.value().toPlainString();
        String corrects = entry.correctsId() == null ? "" : ", correcting entry " + entry.correctsId();
        return new ScorecardAudited(entry.enteredBy(), entry.correctsId() == null ? "enter" : "correct",
                "indicator-entry", Long.toString(entry.id()), "Entered indicator " + entry.indicatorCode()
                        + " for council " + entry.laCode() + " in " + entry.period() + " " + what + corrects
                        + ", with evidence");
    }

    static ScorecardAudited override(StatusOverride override) {
        return new ScorecardAudited(override.setBy(), "override", "indicator-status-override",
                Long.toString(override.id()), "Set indicator " + override.indicatorCode() + " for council "
                        + override.laCode() + " in " + override.period() + " to " + override.status().words()
                        + " (computed: " + override.computed().words() + "), with a written reason");
    }
}
