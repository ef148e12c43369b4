package org.schoolscope.governance.domain;

/** Two records that may be the same person, why, and the people they belong to now. */
public record SuggestedMatch(PersonRecord record, PersonRecord other, String explanation) {
}
