package org.schoolscope.register;

/**
 * Who answers for a school: the council for maintained schools (the only ones that go on its list of schools
 * causing concern), a trust for academies and free schools, someone else for independent schools and colleges.
 */
public enum ResponsibleBody {
    LOCAL_AUTHORITY, TRUST, OTHER, UNKNOWN
}
