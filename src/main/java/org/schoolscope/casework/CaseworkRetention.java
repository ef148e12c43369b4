package org.schoolscope.casework;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.schoolscope.casework.persistence.CaseStore;
import org.schoolscope.database.RetentionPeriods;
import org.schoolscope.shared.RetentionPolicy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who raised a case is kept for the period declared in the database's retention_policy ({@code casework-identity}, 6
 * years after the case was received unless the council changes it there), and never while the case is open; the
 * case itself, which names no one, stays for the reports. The application's role holds no DELETE on the identity:
 * the removal goes through the schema owner's {@code remove_expired_records}, which checks the period and writes the
 * audit row.
 */
@Component
public class CaseworkRetention implements RetentionPolicy {

    private final CaseStore store;
    private final RetentionPeriods periods;

    CaseworkRetention(CaseStore store, RetentionPeriods periods) {
        this.store = store;
        this.periods = periods;
    }

    /** The period declared in the database for who raised a case. */
    private Period identityRetention() {
        return periods.keptFor(CaseworkAudit.IDENTITY).orElseThrow(() -> new IllegalStateException(
                "No retention period is declared for " + CaseworkAudit.IDENTITY));
    }

    @Override
    public String recordType() {
        return CaseworkAudit.IDENTITY;
    }

    @Override
    public String period() {
        return describe(identityRetention()) + " after the case was received, once it has closed";
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExpiredRecord> expired(LocalDate today) {
        Period kept = identityRetention();
        return store.closedWithIdentity().stream()
                .filter(held -> held.receivedOn().plus(kept).isBefore(today))
                .map(held -> new ExpiredRecord(Long.toString(held.caseId()), "Who raised case " + held.reference()
                        + ", received " + held.receivedOn() + " and closed " + held.closedOn(),
                        held.receivedOn().plus(kept)))
                .toList();
    }

    @Override
    @Transactional
    public int remove(List<ExpiredRecord> records) {
        return store.removeIdentities(records.stream().map(record -> Long.valueOf(record.recordId())).toList(),
                "retention").size();
    }

    static String describe(Period period) {
        if (period.getMonths() == 0 && period.getDays() == 0) {
            return period.getYears() + " years";
        }
        return period.getYears() + " years, " + period.getMonths() + " months and " + period.getDays() + " days";
    }
}
