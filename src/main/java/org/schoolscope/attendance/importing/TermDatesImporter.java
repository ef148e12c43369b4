package org.schoolscope.attendance.importing;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.schoolscope.attendance.domain.Term;
import org.schoolscope.attendance.domain.TermDates;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.LaCode;
import org.springframework.stereotype.Component;

/** Reads a council's term dates, with each term's half-term break. */
@Component
public class TermDatesImporter {

    /** A checked file: each council's terms. */
    public record ParsedTerms(java.util.Map<Integer, List<TermDates>> byCouncil, long rows) {
    }

    public ParsedTerms parse(CsvInput input, String file, List<String> header) {
        int[] at = AttendanceLayout.TERMS.positions(header);
        Problems problems = new Problems(file);
        java.util.Map<Integer, List<TermDates>> byCouncil = new java.util.TreeMap<>();
        Set<String> seen = new HashSet<>();
        long rows = 0;
        while (input.hasNext()) {
            CsvRecord record = input.next();
            rows++;
            long line = record.getStartingLineNumber();
            if (record.getFieldCount() != header.size()) {
                problems.add(line, null, ImportCheck.FIELD_COUNT, "The row has " + record.getFieldCount()
                        + " fields where the header has " + header.size());
                continue;
            }
            long before = problems.count();
            LaCode la = null;
            try {
                la = LaCode.parse(record.getField(at[0]));
            } catch (IllegalArgumentException notACode) {
                problems.add(line, "la_code", ImportCheck.BAD_LA_CODE);
            }
            AcademicYear year = null;
            try {
                year = AcademicYear.parse(record.getField(at[1]));
            } catch (IllegalArgumentException notAYear) {
                problems.add(line, "academic_year", ImportCheck.BAD_ACADEMIC_YEAR);
            }
            Term term = Term.ofSlug(record.getField(at[2]).strip().toLowerCase(Locale.ROOT)).orElse(null);
            if (term == null) {
                problems.add(line, "term", ImportCheck.BAD_TERM);
            }
            LocalDate first = date(record.getField(at[3]), line, "first_day", false, problems);
            LocalDate last = date(record.getField(at[4]), line, "last_day", false, problems);
            LocalDate halfFirst = date(record.getField(at[5]), line, "half_term_first_day", true, problems);
            LocalDate halfLast = date(record.getField(at[6]), line, "half_term_last_day", true, problems);
            if (problems.count() > before) {
                continue;
            }
            TermDates dates;
            try {
                dates = new TermDates(year, term, first, last, halfFirst, halfLast);
            } catch (IllegalArgumentException wrong) {
                problems.add(line, "last_day", ImportCheck.BAD_TERM_DATES, wrong.getMessage());
                continue;
            }
            if (!seen.add(la + "|" + year + "|" + term)) {
                problems.add(line, "term", ImportCheck.DUPLICATE_TERM);
                continue;
            }
            byCouncil.computeIfAbsent(la.value(), code -> new ArrayList<>()).add(dates);
        }
        problems.refuseIfAny();
        return new ParsedTerms(byCouncil, rows);
    }

    private static LocalDate date(String text, long line, String column, boolean optional, Problems problems) {
        if (text.isBlank()) {
            if (!optional) {
                problems.add(line, column, ImportCheck.BLANK_VALUE);
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            problems.add(line, column, ImportCheck.BAD_DATE);
            return null;
        }
    }
}
