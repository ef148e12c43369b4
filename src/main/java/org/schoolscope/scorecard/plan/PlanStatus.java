package org.schoolscope.scorecard.plan;

/**
 * Where an action or milestone stands, as an officer's update says; the RAG rating follows from it: on track is
 * green, at risk amber, off track red; not started and done carry no rating.
 */
public enum PlanStatus {
    NOT_STARTED("Not started", null, "govuk-tag--grey"),
    ON_TRACK("On track", "Green", "govuk-tag--green"),
    AT_RISK("At risk", "Amber", "govuk-tag--yellow"),
    OFF_TRACK("Off track", "Red", "govuk-tag--red"),
    DONE("Done", null, "govuk-tag--blue");

    private final String words;
    private final String rag;
    private final String tagClass;

    PlanStatus(String words, String rag, String tagClass) {
        this.words = words;
        this.rag = rag;
        this.tagClass = tagClass;
    }

    /** The status in words, as the page and the form show it. */
    public String words() {
        return words;
    }

    /** Green, Amber or Red; null for not started and done. */
    public String rag() {
        return rag;
    }

    /** The tag's words: the status, with its RAG rating where it has one ("At risk (Amber)"). */
    public String tag() {
        return rag == null ? words : words + " (" + rag + ")";
    }

    /** The GOV.UK tag colour. */
    public String tagClass() {
        return tagClass;
    }

    /** The status named by a form's value, or null when it names none. */
    public static PlanStatus parse(String value) {
        if (value == null) {
            return null;
        }
        for (PlanStatus status : values()) {
            if (status.name().equals(value.trim())) {
                return status;
            }
        }
        return null;
    }
}
