package org.schoolscope.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A page with one short form, described as data and laid out by {@code templates/form-page.html} in the GOV.UK Design
 * System's way (labels, hints, GOV.UK date inputs, radios, an error summary linked to each field), so that the many
 * one-question forms of a register (record a vacancy, end an appointment, declare an interest) share one checked
 * layout. A date field named {@code opened} posts {@code openedDay}, {@code openedMonth} and {@code openedYear};
 * {@code values} holds what to show in each field by those names.
 */
public record FormPage(String section, String title, String caption, String intro, String action,
        String submitLabel, String backLink, String backLabel, List<Field> fields, Map<String, String> values,
        FormProblems problems) {

    public FormPage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(action, "action");
        fields = List.copyOf(fields);
        values = values == null ? Map.of() : Map.copyOf(values);
        problems = problems == null ? new FormProblems() : problems;
    }

    public enum Kind {
        TEXT, TEXTAREA, DATE, RADIOS, SELECT, HIDDEN
    }

    /** One field: its kind, name, label and hint, and for radios and selects its options. */
    public record Field(Kind kind, String name, String label, String hint, List<Option> options) {

        public Field {
            options = options == null ? List.of() : List.copyOf(options);
            hint = hint == null ? "" : hint;
        }

        public static Field text(String name, String label, String hint) {
            return new Field(Kind.TEXT, name, label, hint, List.of());
        }

        public static Field textarea(String name, String label, String hint) {
            return new Field(Kind.TEXTAREA, name, label, hint, List.of());
        }

        public static Field date(String name, String label, String hint) {
            return new Field(Kind.DATE, name, label, hint, List.of());
        }

        public static Field radios(String name, String label, String hint, List<Option> options) {
            return new Field(Kind.RADIOS, name, label, hint, options);
        }

        public static Field select(String name, String label, String hint, List<Option> options) {
            return new Field(Kind.SELECT, name, label, hint, options);
        }

        public static Field hidden(String name) {
            return new Field(Kind.HIDDEN, name, "", "", List.of());
        }

        /** The control the error summary links to: a date's day box, a radio group's first radio, else the field. */
        public String target() {
            return kind == Kind.DATE ? name + "Day" : name;
        }
    }

    /** A radio or select option, with an optional hint under a radio. */
    public record Option(String value, String label, String hint) {

        public static Option of(String value, String label) {
            return new Option(value, label, "");
        }
    }

    public String value(String name) {
        return values.get(name);
    }
}
