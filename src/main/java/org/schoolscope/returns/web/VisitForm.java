package org.schoolscope.returns.web;

/** What an officer posts to record a validation visit: its date's three boxes, the outcome and the findings. */
public record VisitForm(String visitedDay, String visitedMonth, String visitedYear, String outcome, String findings) {
}
