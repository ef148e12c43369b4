package org.schoolscope.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * How long one kind of personal record is kept (UK GDPR storage limitation), as a Spring bean in the module that
 * owns the records. The access module's {@code retention} command lists what has expired under every policy and,
 * when asked, removes it and logs the removal; the owning module decides how its append-only tables allow that.
 */
public interface RetentionPolicy {

    /** The kind of record, as the audit log names it, e.g. {@code soft-intelligence}. */
    String recordType();

    /** The period in plain English for the command's listing, e.g. "6 years after its review date". */
    String period();

    /** Records whose period has ended on the given day. */
    List<ExpiredRecord> expired(LocalDate today);

    /** Removes the given records (which {@link #expired} returned) and returns how many went. */
    int remove(List<ExpiredRecord> records);

    /** One expired record: its id, a description without the personal data itself, and the day it expired. */
    record ExpiredRecord(String recordId, String description, LocalDate expiredOn) {
    }
}
