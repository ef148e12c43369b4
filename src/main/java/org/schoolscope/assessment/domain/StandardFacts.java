package org.schoolscope.assessment.domain;

import java.util.List;

/**
 * The facts every council has besides its measures: the latest Ofsted outcomes in each era, how long since the last
 * graded inspection, soft intelligence and self-reported vulnerability. The words are Ofsted's own labels, so a
 * rulebook reads like the inspection report.
 */
public final class StandardFacts {

    public static final String OVERALL_EFFECTIVENESS = "ofsted.overall_effectiveness";
    public static final String LOWEST_KEY_JUDGEMENT = "ofsted.lowest_key_judgement";
    public static final String CATEGORY = "ofsted.category";
    public static final String SAFEGUARDING = "ofsted.safeguarding";
    public static final String LOWEST_AREA_GRADE = "report_card.lowest_area_grade";
    public static final String MONTHS_SINCE_GRADED = "ofsted.months_since_graded";
    public static final String UNGRADED_NEXT_GRADED = "ofsted.ungraded_next_graded";
    public static final String LEADERSHIP_CRISIS = "soft.leadership_crisis";
    public static final String SELF_REPORTED_VULNERABLE = "self_reported_vulnerable";

    /**
     * Facts from soft intelligence are named so. They, and every rule whose condition reads one, are confidential
     * (issue 10): only roles that may read notes see such a rule's reasons; to everyone else, and in every letter
     * and export, the rule shows only as "other information held by the council". A self-report is the school's
     * own statement, not soft intelligence, so it is not confidential.
     */
    public static final String CONFIDENTIAL_PREFIX = "soft.";

    /**
     * Facts from complaints and whistleblowing casework (issue 16) are named so, and are confidential in the same way
     * as soft intelligence: that a case about a school is open tells as much as a note does, and whoever raised it is
     * protected.
     */
    public static final String CASEWORK_PREFIX = "casework.";

    /** Whether the fact comes from soft intelligence or casework; see {@link #CONFIDENTIAL_PREFIX}. */
    public static boolean confidential(String fact) {
        return fact.startsWith(CONFIDENTIAL_PREFIX) || fact.startsWith(CASEWORK_PREFIX);
    }

    /** The category of a school judged better than Inadequate: none, which is known rather than missing. */
    public static final String NO_CATEGORY = "None";

    private static final List<String> FOUR_POINT_SCALE =
            List.of("Outstanding", "Good", "Requires improvement", "Inadequate");

    private StandardFacts() {
    }

    public static List<FactDefinition> all() {
        return List.of(
                FactDefinition.text(OVERALL_EFFECTIVENESS,
                        "Overall effectiveness at the latest graded inspection", FOUR_POINT_SCALE),
                FactDefinition.text(LOWEST_KEY_JUDGEMENT,
                        "Lowest key judgement at the latest inspection of 2024-25", FOUR_POINT_SCALE),
                FactDefinition.text(CATEGORY, "Ofsted category of concern", List.of("SM", "SWK", "NTI", NO_CATEGORY)),
                FactDefinition.text(SAFEGUARDING, "Safeguarding at the latest inspection",
                        List.of("Effective", "Not effective", "Met", "Not met")),
                FactDefinition.text(LOWEST_AREA_GRADE, "Lowest evaluation area grade on the latest report card",
                        List.of("Exceptional", "Strong standard", "Expected standard", "Needs attention",
                                "Urgent improvement")),
                FactDefinition.number(MONTHS_SINCE_GRADED, "Months since the latest graded inspection"),
                FactDefinition.flag(UNGRADED_NEXT_GRADED,
                        "The latest ungraded inspection said the next inspection will be graded"),
                FactDefinition.flag(LEADERSHIP_CRISIS,
                        "Soft intelligence records a crisis in leadership and management"),
                FactDefinition.flag(SELF_REPORTED_VULNERABLE, "The school has reported itself vulnerable"));
    }
}
