package org.schoolscope.assessment.persistence;

import org.schoolscope.shared.LaCode;

/**
 * Which schools a query reads: one council's, or every school on record. A nullable parameter for SQL, so every
 * query states its scope the same way ({@code cast(:la as integer) is null or s.la_code = :la}).
 */
record SchoolScope(LaCode laCode) {

    static final String CONDITION = "(cast(:la as integer) is null or s.la_code = cast(:la as integer))";

    Integer parameter() {
        return laCode == null ? null : laCode.value();
    }
}
