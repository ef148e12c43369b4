package org.schoolscope.attendance.importing;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.schoolscope.attendance.PupilPseudonyms;
import org.schoolscope.attendance.domain.AttendanceSchool;
import org.schoolscope.attendance.domain.PupilCharacteristics;
import org.schoolscope.attendance.domain.SenProvision;
import org.schoolscope.attendance.persistence.EnrolmentStore;
import org.schoolscope.attendance.persistence.SchoolStore;
import org.schoolscope.shared.AcademicYear;
import org.springframework.stereotype.Component;

/**
 * Reads the pupil characteristics file that goes with the marks: who is on each school's roll in a year, with year
 * group and, where given, free school meals, SEN provision, English as an additional language and being in care.
 * Identifiers are hashed as they are read. Every row is checked; nothing is kept from a file with a problem.
 */
@Component
public class PupilsImporter {

    private static final Pattern YEAR_GROUP = Pattern.compile("N1|N2|R|[1-9]|1[0-4]");

    private final SchoolStore schools;
    private final PupilPseudonyms pseudonyms;

    PupilsImporter(SchoolStore schools, PupilPseudonyms pseudonyms) {
        this.schools = schools;
        this.pseudonyms = pseudonyms;
    }

    /** A checked file: its enrolments by academic year, and the rows read. */
    public record ParsedPupils(Map<AcademicYear, List<EnrolmentStore.NewEnrolment>> byYear, long rows) {
    }

    public ParsedPupils parse(CsvInput input, String file, List<String> header) {
        int[] at = AttendanceLayout.PUPILS.positions(header);
        Problems problems = new Problems(file);
        Map<Integer, AttendanceSchool> known = new HashMap<>();
        for (Integer la : schools.councils()) {
            schools.schools(la).forEach(school -> known.put(school.urn().value(), school));
        }
        PupilPseudonyms.Hasher hasher = pseudonyms.hasher();
        Map<AcademicYear, List<EnrolmentStore.NewEnrolment>> byYear = new HashMap<>();
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
            String upn = record.getField(at[0]).strip().toUpperCase(Locale.ROOT);
            if (!MarksImporter.isPupilNumber(upn)) {
                problems.add(line, "upn", upn.isEmpty() ? ImportCheck.BLANK_VALUE : ImportCheck.BAD_PUPIL_NUMBER);
            }
            AttendanceSchool school = null;
            try {
                school = known.get(Integer.parseInt(record.getField(at[1]).strip()));
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            if (school == null) {
                problems.add(line, "urn", ImportCheck.UNKNOWN_SCHOOL);
            }
            AcademicYear year = null;
            try {
                year = AcademicYear.parse(record.getField(at[2]));
            } catch (IllegalArgumentException notAYear) {
                problems.add(line, "academic_year", ImportCheck.BAD_ACADEMIC_YEAR);
            }
            String yearGroup = record.getField(at[3]).strip().toUpperCase(Locale.ROOT);
            if (!YEAR_GROUP.matcher(yearGroup).matches()) {
                problems.add(line, "year_group", ImportCheck.BAD_YEAR_GROUP);
            }
            Boolean meals = flag(record.getField(at[4]), line, "free_school_meals", problems);
            SenProvision sen = sen(record.getField(at[5]), line, problems);
            Boolean language = flag(record.getField(at[6]), line, "english_additional_language", problems);
            Boolean care = flag(record.getField(at[7]), line, "child_in_care", problems);
            if (problems.count() > before) {
                continue;
            }
            if (!seen.add(upn + "|" + school.urn() + "|" + year)) {
                problems.add(line, "upn", ImportCheck.DUPLICATE_PUPIL);
                continue;
            }
            byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(new EnrolmentStore.NewEnrolment(
                    hasher.key(upn), school.urn().value(),
                    new PupilCharacteristics(yearGroup, meals, sen, language, care)));
        }
        problems.refuseIfAny();
        return new ParsedPupils(byYear, rows);
    }

    private static Boolean flag(String text, long line, String column, Problems problems) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "" -> null;
            case "Y" -> true;
            case "N" -> false;
            default -> {
                problems.add(line, column, ImportCheck.BAD_FLAG);
                yield null;
            }
        };
    }

    private static SenProvision sen(String text, long line, Problems problems) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "" -> null;
            case "N" -> SenProvision.NONE;
            case "K" -> SenProvision.SEN_SUPPORT;
            case "E" -> SenProvision.EHC_PLAN;
            default -> {
                problems.add(line, "sen_provision", ImportCheck.BAD_SEN_PROVISION);
                yield null;
            }
        };
    }
}
