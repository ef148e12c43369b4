package org.schoolscope.attendance.domain;

/** A pupil's special educational needs provision, as the school census records it. */
public enum SenProvision {
    NONE("No special educational needs"), SEN_SUPPORT("SEN support"), EHC_PLAN("Education, health and care plan");

    private final String label;

    SenProvision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
