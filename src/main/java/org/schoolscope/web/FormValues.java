package org.schoolscope.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.util.MultiValueMap;

/** What a {@link FormPage} posted, read field by field, and kept to show again when something must be corrected. */
public final class FormValues {

    private final MultiValueMap<String, String> posted;

    public FormValues(MultiValueMap<String, String> posted) {
        this.posted = posted;
    }

    /** The field's text, stripped, or null when it was left empty. */
    public String text(String name) {
        String value = posted.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Optional<LocalDate> date(String name) {
        return DateBoxes.parse(posted.getFirst(name + "Day"), posted.getFirst(name + "Month"),
                posted.getFirst(name + "Year"));
    }

    public boolean dateBlank(String name) {
        return DateBoxes.blank(posted.getFirst(name + "Day"), posted.getFirst(name + "Month"),
                posted.getFirst(name + "Year"));
    }

    /** Every field as typed, to fill the form again. */
    public Map<String, String> typed() {
        Map<String, String> typed = new HashMap<>();
        posted.forEach((name, values) -> {
            if (!values.isEmpty() && !name.equals("_csrf")) {
                typed.put(name, values.get(0));
            }
        });
        return typed;
    }

    /** A date's three boxes as values of a form, e.g. to show today's date as the default. */
    public static Map<String, String> date(String name, LocalDate date) {
        Map<String, String> values = new HashMap<>();
        if (date != null) {
            values.put(name + "Day", Integer.toString(date.getDayOfMonth()));
            values.put(name + "Month", Integer.toString(date.getMonthValue()));
            values.put(name + "Year", Integer.toString(date.getYear()));
        }
        return values;
    }
}
