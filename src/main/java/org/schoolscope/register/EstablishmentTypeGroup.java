package org.schoolscope.register;

/** GIAS's establishment type groups ({@code EstablishmentTypeGroup}), with GIAS's codes and names. */
public enum EstablishmentTypeGroup {
    COLLEGES(1, "Colleges"),
    UNIVERSITIES(2, "Universities"),
    INDEPENDENT_SCHOOLS(3, "Independent schools"),
    LOCAL_AUTHORITY_MAINTAINED_SCHOOLS(4, "Local authority maintained schools"),
    SPECIAL_SCHOOLS(5, "Special schools"),
    WELSH_SCHOOLS(6, "Welsh schools"),
    OTHER_TYPES(9, "Other types"),
    ACADEMIES(10, "Academies"),
    FREE_SCHOOLS(11, "Free Schools"),
    ONLINE_PROVIDER(13, "Online provider");

    private final int code;
    private final String giasName;

    EstablishmentTypeGroup(int code, String giasName) {
        this.code = code;
        this.giasName = giasName;
    }

    public int code() {
        return code;
    }

    public String giasName() {
        return giasName;
    }
}
