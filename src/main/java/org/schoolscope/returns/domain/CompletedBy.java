package org.schoolscope.returns.domain;

/**
 * Who fills a return in: the school (its headteacher, or an officer on its behalf), or the council itself, as for the
 * data-exchange log, where officers record what each school sent.
 */
public enum CompletedBy {
    SCHOOL, COUNCIL
}
