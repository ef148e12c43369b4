package org.schoolscope.register;

/**
 * The named sets of schools a council asks about. State-funded schools are the maintained schools, academies and
 * free schools; maintained schools are the council's own, the only ones that go on its list of schools causing
 * concern; independent schools and further education colleges are in scope for data only.
 */
public enum SchoolSet {
    STATE_FUNDED, MAINTAINED, ACADEMIES, INDEPENDENT, FURTHER_EDUCATION, ALL;

    /** Whether a school run as {@code governance} says belongs to the set. */
    public boolean includes(Governance governance) {
        return switch (this) {
            case STATE_FUNDED -> governance == Governance.LOCAL_AUTHORITY_MAINTAINED
                    || governance == Governance.ACADEMY_OR_FREE_SCHOOL || governance == Governance.STATE_FUNDED;
            case MAINTAINED -> governance == Governance.LOCAL_AUTHORITY_MAINTAINED;
            case ACADEMIES -> governance == Governance.ACADEMY_OR_FREE_SCHOOL;
            case INDEPENDENT -> governance == Governance.INDEPENDENT;
            case FURTHER_EDUCATION -> governance == Governance.FURTHER_EDUCATION;
            case ALL -> true;
        };
    }
}
