package org.schoolscope.profile.read;

/** The Ofsted era an inspection was carried out under, which decides how its outcome can be described. */
public enum InspectionFramework {
    /** To August 2024: one overall grade 1 to 4. */
    SINGLE_GRADE,
    /** 2024-25: key judgements and no overall grade. */
    KEY_JUDGEMENTS,
    /** From November 2025: evaluation areas and safeguarding met or not met. */
    REPORT_CARD,
    /** Section 8 inspections, which give an outcome in words rather than grades. */
    UNGRADED
}
