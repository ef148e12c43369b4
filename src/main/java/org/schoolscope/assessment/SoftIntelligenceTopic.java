package org.schoolscope.assessment;

/** What a soft-intelligence note is about: the areas seed 004 names for intelligence about a school. */
public enum SoftIntelligenceTopic {
    LEADERSHIP_AND_MANAGEMENT, STAFF_VACANCIES, GOVERNANCE, FINANCE, HR, SAFEGUARDING, COMPLAINTS
}
