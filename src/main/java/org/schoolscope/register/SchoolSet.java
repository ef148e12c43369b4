package org.schoolscope.register;

/**
 * The named sets of schools a council asks things of. Maintained schools are the council's own (community,
 * foundation, voluntary, special, nursery, pupil referral units); state-funded adds academies and free schools.
 */
public enum SchoolSet {
    MAINTAINED, STATE_FUNDED;

    /** Whether a school answered for by this body belongs to the set. */
    public boolean includes(ResponsibleBody body) {
        return switch (this) {
            case MAINTAINED -> body == ResponsibleBody.LOCAL_AUTHORITY;
            case STATE_FUNDED -> body == ResponsibleBody.LOCAL_AUTHORITY || body == ResponsibleBody.TRUST;
        };
    }
}
