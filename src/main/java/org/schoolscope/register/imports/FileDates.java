package org.schoolscope.register.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schoolscope.shared.AcademicYear;

/** The dates publishers put in file names: GIAS's yyyymmdd download date, DfE's 2017-2018 academic year. */
final class FileDates {

    private static final Pattern DAY = Pattern.compile("(?<!\\d)((19|20)\\d{6})(?!\\d)");
    private static final Pattern ACADEMIC_YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}[-_]?((19|20)\\d{2}|\\d{2})(?!\\d)");

    private FileDates() {
    }

    static Optional<LocalDate> dayIn(String fileName) {
        Matcher matcher = DAY.matcher(fileName);
        while (matcher.find()) {
            try {
                return Optional.of(LocalDate.parse(matcher.group(1), DateTimeFormatter.BASIC_ISO_DATE));
            } catch (DateTimeParseException e) {
                // eight digits that are not a date; look further
            }
        }
        return Optional.empty();
    }

    static Optional<AcademicYear> academicYearIn(String fileName) {
        Matcher matcher = ACADEMIC_YEAR.matcher(fileName);
        while (matcher.find()) {
            try {
                return Optional.of(AcademicYear.parse(matcher.group()));
            } catch (IllegalArgumentException e) {
                // two years that do not follow each other; look further
            }
        }
        return Optional.empty();
    }
}
