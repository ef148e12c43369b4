package org.schoolscope.governance.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The categories of governor on a maintained school's governing body (School Governance (Constitution) (England)
 * Regulations 2012), which the council counts vacancies by. The label is how a spreadsheet may name the category.
 */
public enum GovernorCategory {
    PARENT("Parent"), STAFF("Staff"), HEADTEACHER("Headteacher"), LOCAL_AUTHORITY("Local authority"),
    FOUNDATION("Foundation"), PARTNERSHIP("Partnership"), CO_OPTED("Co-opted");

    private final String label;

    GovernorCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads the category as a spreadsheet writes it: its label or its name, in any case ("Co-opted", "LA"). */
    public static Optional<GovernorCategory> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
        if (key.equals("la") || key.equals("la governor") || key.equals("local authority governor")) {
            return Optional.of(LOCAL_AUTHORITY);
        }
        for (GovernorCategory category : values()) {
            String label = category.label.toLowerCase(Locale.ROOT).replace("-", " ");
            if (key.equals(label) || key.equals(label + " governor") || key.equals(category.name().toLowerCase(
                    Locale.ROOT).replace("_", " "))) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
