package org.schoolscope.shared;

/**
 * An event that must appear in the audit log: a change to a record, or a read of a sensitive one (soft
 * intelligence, complaints, safeguarding, personal details). Modules publish these with Spring's event publisher
 * inside the transaction that did the work; the audit module records each one in the same transaction, so a change
 * that cannot be logged is not made. Nobody depends on the audit module.
 *
 * <p>The detail is plain English for an administrator reading the log and must not repeat the personal data
 * itself (say "read 3 soft-intelligence notes", never what they say).
 */
public interface AuditedAction {

    /** The signed-in user's name, or the command-line user, who did or read it. */
    String actor();

    /** What was done, as a short verb phrase: {@code read}, {@code create}, {@code override}, {@code remove}. */
    String action();

    /** The kind of record, e.g. {@code soft-intelligence}, {@code assessment-override}, {@code warning-notice}. */
    String recordType();

    /** The record's id, or the school's URN where the record is the school's. */
    String recordId();

    /** A plain-English line for the log, without the personal data itself. */
    String detail();

    /** The one school the event is about, if any, so the log can be searched by school. */
    default Urn school() {
        return null;
    }
}
