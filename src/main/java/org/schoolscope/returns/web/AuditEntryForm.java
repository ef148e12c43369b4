package org.schoolscope.returns.web;

/** What an officer posts on a full audit: progress or closure, its date's three boxes, and what happened. */
public record AuditEntryForm(String kind, String onDay, String onMonth, String onYear, String text) {
}
