package org.schoolscope.correspondence;

import org.schoolscope.shared.AuditedAction;
import org.schoolscope.shared.Urn;

/** A letter of concern was produced for a school: formal correspondence, so it is on the audit log. */
public record LetterOfConcernProduced(String actor, String urn, int concerns, int requiredActions)
        implements AuditedAction {

    @Override
    public Urn school() {
        return Urn.parse(urn);
    }

    @Override
    public String action() {
        return "produce";
    }

    @Override
    public String recordType() {
        return "letter-of-concern";
    }

    @Override
    public String recordId() {
        return urn;
    }

    @Override
    public String detail() {
        return "Produced a letter of concern for school " + urn + " with " + concerns + " concerns and "
                + requiredActions + " required actions";
    }
}
