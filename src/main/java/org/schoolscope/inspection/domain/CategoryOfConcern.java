package org.schoolscope.inspection.domain;

/**
 * The formal categories a school judged Inadequate is placed in. Notice to improve was replaced in September 2012
 * but still appears in the previous-inspection columns of current files.
 */
public enum CategoryOfConcern {
    SPECIAL_MEASURES("SM"),
    SERIOUS_WEAKNESSES("SWK"),
    NOTICE_TO_IMPROVE("NTI");

    private final String code;

    CategoryOfConcern(String code) {
        this.code = code;
    }

    /** The code Ofsted publishes and the database stores. */
    public String code() {
        return code;
    }

    public static CategoryOfConcern ofCode(String code) {
        for (CategoryOfConcern value : values()) {
            if (value.code.equalsIgnoreCase(code.trim())) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not an Ofsted category of concern (SM, SWK or NTI)");
    }
}
