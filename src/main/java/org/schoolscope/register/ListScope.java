package org.schoolscope.register;

/** Which schools a complete list holds, so that a school missing from it says something. */
public enum ListScope {
    /** Every state-funded school of the councils it covers (Ofsted's state-funded schools files). */
    STATE_FUNDED,
    /** Every school with pupils on roll, state-funded and independent (the January school census). */
    ALL_SCHOOLS;

    public boolean holds(Governance governance) {
        return switch (this) {
            case STATE_FUNDED -> governance == Governance.LOCAL_AUTHORITY_MAINTAINED
                    || governance == Governance.ACADEMY_OR_FREE_SCHOOL || governance == Governance.STATE_FUNDED;
            case ALL_SCHOOLS -> governance != Governance.FURTHER_EDUCATION && governance != Governance.OTHER;
        };
    }
}
