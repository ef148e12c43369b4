package org.schoolscope.shared;

/**
 * The roles a user may hold (issue 5; the last three from issue 16). A partner and a headteacher see only the
 * schools allocated to them; an analyst sees figures and reports but no personal data.
 */
public enum Role {
    /** Manages users, roles, allocations and the audit log. */
    ADMIN,
    /** A council education officer: runs assessments and the improvement cycle. */
    OFFICER,
    /** A school-improvement partner's adviser: the schools allocated to them. */
    PARTNER,
    /** A School Improvement Advisory Board member: reviews and recommends. */
    BOARD,
    /** The Director of Children's Services: decides warning notices. */
    DCS,
    /** A headteacher or chair of governors: their own school only. */
    HEADTEACHER,
    /** Figures and reports, no personal data. */
    ANALYST,
    /** A council attendance officer: every school's pupil-level attendance and the termly targeting meetings. */
    ATTENDANCE_OFFICER,
    /** Logs and works complaints and whistleblowing cases; the only role that sees who raised one. */
    CASE_WORKER,
    /** Keeps the governance register: governing bodies, governors across schools, vacancies. */
    GOVERNOR_SERVICES,
    /** The council's education safeguarding officer: section 175 audits, validation visits, full audits. */
    SAFEGUARDING_OFFICER
}
