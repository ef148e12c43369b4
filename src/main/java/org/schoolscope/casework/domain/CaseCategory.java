package org.schoolscope.casework.domain;

/** What the concern is about; governance and leadership concerns go to the task force (seed 000 section 5.3). */
public enum CaseCategory {
    GOVERNANCE, LEADERSHIP, SAFEGUARDING, FINANCE, OTHER
}
