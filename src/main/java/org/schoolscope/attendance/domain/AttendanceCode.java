package org.schoolscope.attendance.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The national attendance and absence codes, written once from DfE's "Working together to improve school
 * attendance" (August 2024), which the School Attendance (Pupil Registration) (England) Regulations 2024 brought in
 * on 19 August 2024. Each code says what it counts as ({@link CodeCategory}) and, where DfE's year-to-date attendance
 * files publish it, the column it is published in (for example {@code reason_i_authorised_illness}); a test checks
 * the two against the published files' reason columns.
 *
 * <p>Two codes of the earlier regulations are kept so that older registers can be read: H (holiday authorised by the
 * school) and J (interview, then an approved educational activity, now J1 and an authorised absence). They are not
 * accepted for sessions on or after 19 August 2024; DfE's 2024-25 files still publish their columns.
 *
 * <p>{@link #id()} is the byte a mark is stored as: it never changes, whatever the order here.
 */
public enum AttendanceCode {

    PRESENT_MORNING(1, "/", "Present in the morning", CodeCategory.PRESENT, "reason_present_am"),
    PRESENT_AFTERNOON(2, "\\", "Present in the afternoon", CodeCategory.PRESENT, "reason_present_pm"),
    LATE_BEFORE_REGISTER_CLOSED(3, "L", "Late, arrived before the register closed", CodeCategory.PRESENT,
            "reason_l_present_late_before_registers_closed"),

    LOCAL_AUTHORITY_PROVISION(4, "K", "Attending education provision arranged by the local authority",
            CodeCategory.APPROVED_ACTIVITY, "reason_k_aea_education_arranged_by_la"),
    EDUCATIONAL_VISIT(5, "V", "Attending an educational visit or trip", CodeCategory.APPROVED_ACTIVITY,
            "reason_v_aea_educational_visit_trip"),
    SPORTING_ACTIVITY(6, "P", "Participating in a sporting activity", CodeCategory.APPROVED_ACTIVITY,
            "reason_p_aea_approved_sporting_activity"),
    WORK_EXPERIENCE(7, "W", "Attending work experience", CodeCategory.APPROVED_ACTIVITY,
            "reason_w_aea_work_experience"),
    OTHER_APPROVED_ACTIVITY(8, "B", "Attending any other approved educational activity",
            CodeCategory.APPROVED_ACTIVITY, "reason_b_aea_education_off_site"),
    DUAL_REGISTERED(9, "D", "Dual registered, attending another school", CodeCategory.NOT_COUNTED, null),

    REGULATED_PERFORMANCE(10, "C1",
            "Leave of absence for a regulated performance or regulated employment abroad", CodeCategory.AUTHORISED,
            "reason_c1_authorised_regulated_performance"),
    MEDICAL_APPOINTMENT(11, "M", "Leave of absence for a medical or dental appointment", CodeCategory.AUTHORISED,
            "reason_m_authorised_medical_dental"),
    INTERVIEW(12, "J1", "Leave of absence for an interview for employment or a place in education",
            CodeCategory.AUTHORISED, "reason_j1_authorised_interview"),
    STUDY_LEAVE(13, "S", "Leave of absence for study leave", CodeCategory.AUTHORISED,
            "reason_s_authorised_study_leave"),
    NOT_REQUIRED(14, "X", "Not required to be in school (not of compulsory school age)", CodeCategory.NOT_COUNTED,
            null),
    REDUCED_TIMETABLE(15, "C2", "Leave of absence on a temporarily reduced timetable", CodeCategory.AUTHORISED,
            "reason_c2_authorised_temp_reduced_timetable"),
    EXCEPTIONAL_CIRCUMSTANCES(16, "C", "Leave of absence in exceptional circumstances", CodeCategory.AUTHORISED,
            "reason_c_authorised_other"),
    PARENT_TRAVELLING(17, "T", "Parent travelling for occupational purposes", CodeCategory.AUTHORISED,
            "reason_t_authorised_mobile_child"),
    RELIGIOUS_OBSERVANCE(18, "R", "Religious observance", CodeCategory.AUTHORISED,
            "reason_r_authorised_religious_observance"),
    ILLNESS(19, "I", "Illness (not a medical or dental appointment)", CodeCategory.AUTHORISED,
            "reason_i_authorised_illness"),
    EXCLUDED(20, "E", "Suspended or permanently excluded, no alternative provision made", CodeCategory.AUTHORISED,
            "reason_e_authorised_excluded"),

    NO_ACCESS_ARRANGEMENTS(21, "Q", "Unable to attend: the local authority has not made access arrangements",
            CodeCategory.NOT_COUNTED, null),
    NO_TRANSPORT(22, "Y1", "Unable to attend: transport normally provided was not available",
            CodeCategory.NOT_COUNTED, null),
    TRAVEL_DISRUPTION(23, "Y2", "Unable to attend: widespread disruption to travel", CodeCategory.NOT_COUNTED,
            null),
    PART_OF_SCHOOL_CLOSED(24, "Y3", "Unable to attend: part of the school premises closed",
            CodeCategory.NOT_COUNTED, null),
    SCHOOL_UNEXPECTEDLY_CLOSED(25, "Y4", "Unable to attend: the whole school site unexpectedly closed",
            CodeCategory.NOT_COUNTED, null),
    IN_DETENTION(26, "Y5", "Unable to attend: in criminal justice detention", CodeCategory.NOT_COUNTED, null),
    PUBLIC_HEALTH(27, "Y6", "Unable to attend: public health guidance or law", CodeCategory.NOT_COUNTED, null),
    OTHER_UNAVOIDABLE_CAUSE(28, "Y7", "Unable to attend: any other unavoidable cause", CodeCategory.NOT_COUNTED,
            null),

    HOLIDAY_NOT_GRANTED(29, "G", "Holiday not granted by the school", CodeCategory.UNAUTHORISED,
            "reason_g_unauthorised_holiday"),
    REASON_NOT_YET_ESTABLISHED(30, "N", "Reason for absence not yet established", CodeCategory.UNAUTHORISED,
            "reason_n_no_reason_yet"),
    OTHER_UNAUTHORISED(31, "O", "Absent in other or unknown circumstances", CodeCategory.UNAUTHORISED,
            "reason_o_other_unauthorised"),
    LATE_AFTER_REGISTER_CLOSED(32, "U", "Arrived after the register closed", CodeCategory.UNAUTHORISED,
            "reason_u_unauthorised_late_after_registers_closed"),

    NOT_ON_ROLL(33, "Z", "Prospective pupil not on the admission register", CodeCategory.NOT_COUNTED, null),
    PLANNED_CLOSURE(34, "#", "Planned whole-school closure", CodeCategory.NOT_COUNTED, null),

    HOLIDAY_AUTHORISED(35, "H", "Holiday authorised by the school (a code until August 2024)",
            CodeCategory.AUTHORISED, "reason_h_authorised_holiday", Retired.AUGUST_2024),
    INTERVIEW_BEFORE_2024(36, "J", "Interview (an approved educational activity until August 2024)",
            CodeCategory.APPROVED_ACTIVITY, "reason_j_aea_interview", Retired.AUGUST_2024);

    /** The day the 2024 regulations and their codes came into force. */
    public static final LocalDate CODES_OF_AUGUST_2024 = Retired.AUGUST_2024.on;

    private static final AttendanceCode[] BY_ID = new AttendanceCode[64];
    private static final Map<String, AttendanceCode> BY_MARK = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(AttendanceCode::mark, Function.identity()));

    static {
        for (AttendanceCode code : values()) {
            if (BY_ID[code.id] != null) {
                throw new ExceptionInInitializerError("Two codes share the stored id " + code.id);
            }
            BY_ID[code.id] = code;
        }
    }

    private final byte id;
    private final String mark;
    private final String meaning;
    private final CodeCategory category;
    private final String publishedColumn;
    private final LocalDate retiredOn;

    AttendanceCode(int id, String mark, String meaning, CodeCategory category, String publishedColumn) {
        this(id, mark, meaning, category, publishedColumn, null);
    }

    AttendanceCode(int id, String mark, String meaning, CodeCategory category, String publishedColumn,
            Retired retired) {
        this.id = (byte) id;
        this.mark = mark;
        this.meaning = meaning;
        this.category = category;
        this.publishedColumn = publishedColumn;
        this.retiredOn = retired == null ? null : retired.on;
    }

    /** The code as a register writes it: {@code /}, {@code I}, {@code C1}. */
    public String mark() {
        return mark;
    }

    public String meaning() {
        return meaning;
    }

    public CodeCategory category() {
        return category;
    }

    /** The byte the mark is stored as; 0 is "no session". */
    public byte id() {
        return id;
    }

    /** DfE's year-to-date column for this code, if it publishes one. */
    public Optional<String> publishedColumn() {
        return Optional.ofNullable(publishedColumn);
    }

    /** The day from which the code may no longer be used, for codes the 2024 regulations withdrew. */
    public Optional<LocalDate> retiredOn() {
        return Optional.ofNullable(retiredOn);
    }

    public boolean usableOn(LocalDate day) {
        return retiredOn == null || day.isBefore(retiredOn);
    }

    /** The morning presence mark may only be given in the morning, the afternoon's only in the afternoon. */
    public boolean allowedIn(Session session) {
        return switch (this) {
            case PRESENT_MORNING -> session == Session.MORNING;
            case PRESENT_AFTERNOON -> session == Session.AFTERNOON;
            default -> true;
        };
    }

    public static Optional<AttendanceCode> ofMark(String mark) {
        return Optional.ofNullable(mark == null ? null : BY_MARK.get(mark.strip()));
    }

    /** The code a stored byte stands for; empty for 0 ("no session"). */
    public static Optional<AttendanceCode> ofId(int id) {
        return id <= 0 || id >= BY_ID.length ? Optional.empty() : Optional.ofNullable(BY_ID[id]);
    }

    /** The code for a stored byte that must be one; fails on anything else. */
    public static AttendanceCode byId(int id) {
        return ofId(id).orElseThrow(() -> new IllegalArgumentException("No attendance code is stored as " + id));
    }

    /** The highest stored id, for tables indexed by code. */
    public static int maxId() {
        return Arrays.stream(values()).mapToInt(code -> code.id).max().orElse(0);
    }

    /** When a code of the earlier regulations stopped: the day the 2024 regulations came into force. */
    private enum Retired {
        AUGUST_2024(LocalDate.of(2024, 8, 19));

        private final LocalDate on;

        Retired(LocalDate on) {
            this.on = on;
        }
    }
}
