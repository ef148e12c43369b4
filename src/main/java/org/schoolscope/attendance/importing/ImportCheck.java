package org.schoolscope.attendance.importing;

/**
 * The catalogue of reasons an attendance file is refused; the code goes with the file, line and column in every
 * problem, the text is what the person importing reads.
 */
public enum ImportCheck {
    UNREADABLE("The file cannot be read"),
    EMPTY_FILE("The file has no header row"),
    UNKNOWN_LAYOUT("The header matches none of the attendance layouts"),
    FIELD_COUNT("The row has a different number of fields from the header"),
    BLANK_VALUE("A value is needed here"),
    BAD_PUPIL_NUMBER("Not a unique pupil number: 13 characters, a letter, 11 digits and a final digit or letter"),
    UNKNOWN_SCHOOL("No school with this URN has attendance data"),
    MIXED_COUNCILS("A file holds one council's schools; this school belongs to another council"),
    BAD_DATE("Not a date written as YYYY-MM-DD"),
    NOT_A_WEEKDAY("Registers are taken on weekdays; this date is a Saturday or Sunday"),
    FUTURE_DATE("The date is after today"),
    MIXED_YEARS("A file holds one academic year; this date is in another"),
    BAD_SESSION("The session is AM or PM"),
    UNKNOWN_CODE("Not one of the national attendance and absence codes"),
    RETIRED_CODE("This code was withdrawn on 19 August 2024 and cannot be used for a later session"),
    WRONG_SESSION("The present mark / is for the morning and \\ for the afternoon"),
    NO_MARK("The row gives no mark for either session"),
    DUPLICATE_MARK("The file already gave a mark for this pupil's session"),
    UNKNOWN_PUPIL("This pupil is not in the pupil characteristics imported for this school and year"),
    DUPLICATE_PUPIL("The file already gave this pupil at this school"),
    BAD_ACADEMIC_YEAR("Not an academic year written as 2024-25"),
    BAD_YEAR_GROUP("Not a year group: N1, N2, R or 1 to 14"),
    BAD_FLAG("Y, N or blank (not given)"),
    BAD_SEN_PROVISION("N (none), K (SEN support), E (education, health and care plan) or blank (not given)"),
    BAD_LA_CODE("Not a three-digit local authority code"),
    BAD_TERM("The term is Autumn, Spring or Summer"),
    BAD_TERM_DATES("The term's dates do not fit together"),
    DUPLICATE_TERM("The file already gave this term");

    private final String description;

    ImportCheck(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
