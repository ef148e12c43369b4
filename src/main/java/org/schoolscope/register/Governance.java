package org.schoolscope.register;

/**
 * Who runs a school, as far as a published type says. Every GIAS type of establishment answers exactly; some files
 * say less: the school census's "State-funded primary" says a school is state-funded but not whether the council
 * or a trust runs it.
 */
public enum Governance {
    /** Community, foundation, voluntary, special, nursery schools and pupil referral units the council maintains. */
    LOCAL_AUTHORITY_MAINTAINED(ResponsibleBody.LOCAL_AUTHORITY),
    /** Academies and free schools (with studio schools, university technical colleges and city technology colleges). */
    ACADEMY_OR_FREE_SCHOOL(ResponsibleBody.TRUST),
    /** State-funded, but the file does not say whether maintained or an academy. */
    STATE_FUNDED(ResponsibleBody.UNKNOWN),
    INDEPENDENT(ResponsibleBody.OTHER),
    NON_MAINTAINED_SPECIAL(ResponsibleBody.OTHER),
    FURTHER_EDUCATION(ResponsibleBody.OTHER),
    OTHER(ResponsibleBody.OTHER);

    private final ResponsibleBody responsibleBody;

    Governance(ResponsibleBody responsibleBody) {
        this.responsibleBody = responsibleBody;
    }

    public ResponsibleBody responsibleBody() {
        return responsibleBody;
    }

    /** Whether a more exact statement fits this one: a maintained school or an academy is state-funded. */
    public boolean admits(Governance exact) {
        return this == exact || (this == STATE_FUNDED
                && (exact == LOCAL_AUTHORITY_MAINTAINED || exact == ACADEMY_OR_FREE_SCHOOL));
    }
}
