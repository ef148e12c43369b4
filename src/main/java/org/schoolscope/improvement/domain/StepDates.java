package org.schoolscope.improvement.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The dates a step carries, checked against today (issue 12, item 7). What a step records as having happened (a
 * visit, a meeting, an escalation, an inspection) cannot be dated beyond today plus a set horizon, so a visit in May
 * cannot be recorded in December; a warning notice's compliance date must fall after the day the notice is issued.
 */
public final class StepDates {

    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private StepDates() {
    }

    /** Why the step's dates are refused, or empty when they make sense today. */
    public static Optional<String> refusal(StepType type, Map<String, String> details, LocalDate today,
            int horizonDays) {
        LocalDate latest = today.plusDays(horizonDays);
        return switch (type) {
            case VULNERABILITY_VISIT -> happened(details.get(Details.VISIT_DATE), "The vulnerability visit", latest);
            case PARTNER_VISIT -> happened(details.get(Details.VISIT_DATE), "The partner's visit", latest);
            case CONCERN_MEETING -> happened(details.get(Details.VISIT_DATE), "The meeting", latest);
            case ESCALATION -> happened(details.get(Details.VISIT_DATE), "The escalation", latest);
            case INSPECTION_ATTENDED -> happened(details.get(Details.INSPECTION_DATE), "The inspection", latest);
            case WARNING_NOTICE_ISSUED -> {
                LocalDate complyBy = date(details.get(Details.COMPLY_BY));
                yield complyBy != null && !complyBy.isAfter(today)
                        ? Optional.of("The compliance date (" + words(complyBy) + ") must be after the day the"
                                + " notice is issued (" + words(today) + ").")
                        : Optional.empty();
            }
            default -> Optional.empty();
        };
    }

    /** Why a recommendation cannot be made at a board meeting on this day, or empty when the meeting has been held. */
    public static Optional<String> meetingRefusal(LocalDate meetingDate, LocalDate today, int horizonDays) {
        return meetingDate.isAfter(today.plusDays(horizonDays))
                ? Optional.of("The board meeting on " + words(meetingDate) + " has not taken place yet, so it cannot"
                        + " have made a recommendation.")
                : Optional.empty();
    }

    public static String words(LocalDate date) {
        return WORDS.format(date);
    }

    private static Optional<String> happened(String text, String what, LocalDate latest) {
        LocalDate date = date(text);
        return date != null && date.isAfter(latest)
                ? Optional.of(what + " is dated " + words(date) + ", which has not come yet: record it once it has"
                        + " happened.")
                : Optional.empty();
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
