package org.schoolscope.inspection.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a published inspection file describes, from its name as Ofsted and DfE write it
 * ({@code ..._as_at_31_Aug_2023.csv}, {@code england_ofsted-schools_31_July_2018.xlsx}).
 */
final class AsAtDate {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![0-9])(\\d{1,2})[_ -]([A-Za-z]{3,9})[_ -]((?:19|20)\\d{2})(?![0-9])");
    private static final DateTimeFormatter SHORT = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMM yyyy").toFormatter(Locale.UK);
    private static final DateTimeFormatter LONG = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMMM yyyy").toFormatter(Locale.UK);

    private AsAtDate() {
    }

    static Optional<LocalDate> fromFileName(String fileName) {
        Matcher matcher = DAY_MONTH_YEAR.matcher(fileName);
        while (matcher.find()) {
            String text = matcher.group(1) + " " + matcher.group(2) + " " + matcher.group(3);
            for (DateTimeFormatter format : new DateTimeFormatter[] {SHORT, LONG}) {
                try {
                    return Optional.of(LocalDate.parse(text, format));
                } catch (DateTimeParseException e) {
                    // Sept and similar spellings are not in either pattern; try the next match
                }
            }
        }
        return Optional.empty();
    }
}
