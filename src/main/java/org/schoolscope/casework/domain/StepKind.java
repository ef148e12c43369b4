package org.schoolscope.casework.domain;

/**
 * The steps a case worker records on a case, each an event on its append-only timeline, in the words of its address:
 * triage, assignment to the task force, acknowledgement, an action, the response, closure, and referral to soft
 * intelligence or to children's safeguarding.
 */
public enum StepKind {
    TRIAGED("triage"), ASSIGNED("assign"), ACKNOWLEDGED("acknowledge"), ACTION("action"), RESPONDED("respond"),
    CLOSED("close"), REFERRED_SOFT_INTELLIGENCE("refer-soft-intelligence"),
    REFERRED_SAFEGUARDING("refer-safeguarding");

    private final String slug;

    StepKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static java.util.Optional<StepKind> bySlug(String slug) {
        for (StepKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
