package org.schoolscope.ingest;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * A cell of a published statistics file: a number, a piece of text, or a marker saying the figure is not
 * available and why. Markers are never read as zero.
 */
public sealed interface PublishedValue {

    record Number(BigDecimal value) implements PublishedValue {
    }

    record Text(String value) implements PublishedValue {
    }

    record NotAvailable(String marker, String reason) implements PublishedValue {
    }

    /** The markers DfE's performance tables and Explore Education Statistics use, with what each means. */
    Map<String, String> MARKERS = Map.ofEntries(
            Map.entry("", "No value published"),
            Map.entry("SUPP", "Suppressed: small numbers"),
            Map.entry("NE", "No entries"),
            Map.entry("NA", "Not applicable"),
            Map.entry("NP", "Not published"),
            Map.entry("LOW", "Low coverage"),
            Map.entry("LOWCOV", "Low coverage"),
            Map.entry("NR", "Not reported"),
            Map.entry("SP", "Small population"),
            Map.entry("NEW", "New school"),
            Map.entry("DNS", "Did not sit"),
            Map.entry("NULL", "No value published"),
            Map.entry("X", "Not available"),
            Map.entry("C", "Confidential: suppressed"),
            Map.entry("Z", "Not applicable"),
            Map.entry("U", "Low reliability"),
            Map.entry(".", "Not applicable"),
            Map.entry(":", "Not available"));

    /**
     * Reads a cell of a numeric column. Percent signs and thousands separators are dropped; a marker gives
     * {@link NotAvailable}; anything else that is not a number is returned as null so the caller can report it.
     */
    static PublishedValue parseNumber(String raw) {
        String text = raw.trim();
        if (isPlainDecimal(text)) {
            // Most cells: a number with no sign of a marker, percent or separator, read without looking further.
            return new Number(new BigDecimal(text));
        }
        PublishedValue marker = marker(text);
        if (marker != null) {
            return marker;
        }
        String cleaned = text.endsWith("%") ? text.substring(0, text.length() - 1).trim() : text;
        if (cleaned.indexOf(',') >= 0) {
            // A comma is read only as a thousands separator (1,234.5); 49,9 is a decimal comma and is refused.
            if (!hasThousandsSeparators(cleaned)) {
                return null;
            }
            cleaned = cleaned.replace(",", "");
        }
        try {
            return new Number(new BigDecimal(cleaned));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** 1,234 or -12,345,678.5: groups of three digits after the first comma, and no comma after the point. */
    private static boolean hasThousandsSeparators(String text) {
        int point = text.indexOf('.');
        String whole = point < 0 ? text : text.substring(0, point);
        String[] groups = (whole.startsWith("-") ? whole.substring(1) : whole).split(",", -1);
        if (groups[0].isEmpty() || groups[0].length() > 3 || (point >= 0 && text.indexOf(',', point) >= 0)) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    /** Digits with an optional leading minus and one decimal point between digits: 12, -0.5, 45.80. */
    private static boolean isPlainDecimal(String text) {
        int length = text.length();
        int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (length == start || length - start > 30) {
            return false;
        }
        boolean point = false;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (point || i == start || i == length - 1) {
                    return false;
                }
                point = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Reads a cell of a text column (a banding, a grade): markers still mean "not available". */
    static PublishedValue parseText(String raw) {
        String text = raw.trim();
        PublishedValue marker = marker(text);
        return marker != null ? marker : new Text(text);
    }

    private static PublishedValue marker(String text) {
        String reason = MARKERS.get(text.toUpperCase(Locale.ROOT));
        return reason == null ? null : new NotAvailable(text, reason);
    }
}
