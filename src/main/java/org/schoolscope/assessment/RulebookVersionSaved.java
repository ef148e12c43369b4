package org.schoolscope.assessment;

import org.schoolscope.shared.AuditedAction;

/** A new rulebook version was saved: who saved it, its number and the reason they gave. */
public record RulebookVersionSaved(String actor, int version, String reason) implements AuditedAction {

    @Override
    public String action() {
        return "create";
    }

    @Override
    public String recordType() {
        return "rulebook-version";
    }

    @Override
    public String recordId() {
        return String.valueOf(version);
    }

    @Override
    public String detail() {
        return "Saved rulebook version " + version + ": " + reason;
    }
}
