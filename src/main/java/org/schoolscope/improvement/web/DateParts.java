package org.schoolscope.improvement.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.schoolscope.web.DateBoxes;

/**
 * A date as GOV.UK's date input holds it: day, month and year boxes ({@code date-day}, {@code date-month},
 * {@code date-year}). The step forms carry a date as text: the ISO day when the boxes make a real date, what was typed
 * ("31/2/2027") when they do not, so the form's check refuses it and the boxes show it again. A request that posts the
 * date whole ({@code date=2027-03-31}, as scripts and the API do) is read as it is.
 */
public record DateParts(String day, String month, String year) {

    /** The boxes for a date held as text, ISO or as typed. */
    public static DateParts of(String value) {
        if (value == null || value.isBlank()) {
            return new DateParts("", "", "");
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            return new DateParts(Integer.toString(date.getDayOfMonth()), Integer.toString(date.getMonthValue()),
                    Integer.toString(date.getYear()));
        } catch (DateTimeParseException typed) {
            String[] parts = value.split("/", -1);
            return parts.length == 3 ? new DateParts(parts[0], parts[1], parts[2]) : new DateParts(value, "", "");
        }
    }

    /** The date the request carries for the field, from its three boxes or whole; null when it carries none. */
    static String read(HttpServletRequest request, String field) {
        String day = request.getParameter(field + "-day");
        String month = request.getParameter(field + "-month");
        String year = request.getParameter(field + "-year");
        if (day == null && month == null && year == null) {
            return request.getParameter(field);
        }
        if (DateBoxes.blank(day, month, year)) {
            return "";
        }
        return DateBoxes.parse(day, month, year).map(LocalDate::toString)
                .orElse(strip(day) + "/" + strip(month) + "/" + strip(year));
    }

    private static String strip(String box) {
        return box == null ? "" : box.strip().replace("/", "");
    }
}
