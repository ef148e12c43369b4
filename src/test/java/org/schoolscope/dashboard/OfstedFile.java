package org.schoolscope.dashboard;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.SampleFiles;

/**
 * Ofsted's own file of Birmingham's state-funded schools as at 31 August 2023, read here by its published column
 * names without any of Schoolscope's code, so the dashboard's numbers (and the scorecard's PI 1 and 1a) can be checked
 * against it. Districts are
 * Birmingham's ten, which follow the pre-2024 parliamentary constituencies (DESIGN.md glossary).
 */
public record OfstedFile(List<Row> rows) {

    static final String NAME = "ofsted_state_funded_schools_inspections_outcomes_as_at_31_Aug_2023_birmingham.csv";
    static final String NO_DISTRICT = "No district mapped";

    /** The types of education the council maintains; every other type in the file is an academy or free school. */
    static final Set<String> MAINTAINED_TYPES = Set.of("Community School", "Voluntary Aided School",
            "Voluntary Controlled School", "Foundation School", "LA Nursery School", "Community Special School",
            "Foundation Special School", "Pupil Referral Unit");

    private static final Set<String> DISTRICTS = Set.of("Edgbaston", "Erdington", "Hall Green", "Hodge Hill",
            "Ladywood", "Northfield", "Perry Barr", "Selly Oak", "Sutton Coldfield", "Yardley");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One school: its latest graded inspection's grade (blank where none) and start, and the one before it. */
    public record Row(Urn urn, String name, String typeOfEducation, String constituency, LatestGrade grade,
            LocalDate inspectionStart, Integer previousGrade) {

        boolean maintained() {
            return MAINTAINED_TYPES.contains(typeOfEducation);
        }

        /** "Birmingham, Ladywood" is Ladywood; "Sutton Coldfield" is itself; Meriden is Solihull's. */
        String district() {
            String name = constituency.startsWith("Birmingham, ") ? constituency.substring("Birmingham, ".length())
                    : constituency;
            return DISTRICTS.contains(name) ? name : NO_DISTRICT;
        }
    }

    public static OfstedFile read() {
        List<List<String>> records = SampleFiles.records(NAME, Charset.forName("windows-1252"));
        List<String> header = records.get(0);
        Function<String, Integer> column = name -> {
            int index = header.indexOf(name);
            if (index < 0) {
                throw new IllegalStateException("No column '" + name + "' in " + NAME);
            }
            return index;
        };
        int urn = column.apply("URN");
        int name = column.apply("School name");
        int type = column.apply("Type of education");
        int constituency = column.apply("Parliamentary constituency");
        int grade = column.apply("Overall effectiveness");
        int start = column.apply("Inspection start date");
        int previous = column.apply("Previous graded inspection overall effectiveness");
        List<Row> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            String startText = record.get(start).trim();
            String previousText = record.get(previous).trim();
            rows.add(new Row(Urn.parse(record.get(urn)), record.get(name), record.get(type).trim(),
                    record.get(constituency).trim(), grade(record.get(grade).trim()),
                    startText.isEmpty() ? null : LocalDate.parse(startText, DAY),
                    previousText.isEmpty() ? null : Integer.valueOf(previousText)));
        }
        return new OfstedFile(List.copyOf(rows));
    }

    private static LatestGrade grade(String text) {
        return switch (text) {
            case "1" -> LatestGrade.OUTSTANDING;
            case "2" -> LatestGrade.GOOD;
            case "3" -> LatestGrade.REQUIRES_IMPROVEMENT;
            case "4" -> LatestGrade.INADEQUATE;
            case "" -> LatestGrade.NOT_INSPECTED;
            default -> throw new IllegalArgumentException("Not an overall effectiveness grade: " + text);
        };
    }

    public OfstedFile where(Predicate<Row> condition) {
        return new OfstedFile(rows.stream().filter(condition).toList());
    }

    List<Urn> urns() {
        return rows.stream().map(Row::urn).toList();
    }

    public Row row(int urn) {
        return rows.stream().filter(row -> row.urn().value() == urn).findFirst().orElseThrow();
    }

    /** Schools by grade, every grade present (zero where none), as the dashboard gives them. */
    Map<LatestGrade, Long> byGrade() {
        Map<LatestGrade, Long> counts = new EnumMap<>(LatestGrade.class);
        for (LatestGrade grade : LatestGrade.values()) {
            counts.put(grade, 0L);
        }
        rows.forEach(row -> counts.merge(row.grade(), 1L, Long::sum));
        return counts;
    }

    public long goodOrOutstanding() {
        return rows.stream().filter(row -> row.grade() == LatestGrade.OUTSTANDING || row.grade() == LatestGrade.GOOD)
                .count();
    }

    /** Each district's schools by grade. */
    Map<String, Map<LatestGrade, Long>> byDistrict() {
        Map<String, Map<LatestGrade, Long>> districts = new TreeMap<>();
        rows.stream().collect(Collectors.groupingBy(Row::district)).forEach((district, rows) -> districts
                .put(district, new OfstedFile(rows).byGrade()));
        return districts;
    }

    static Map<String, Map<LatestGrade, Long>> byName(Collection<SchoolGroup> groups) {
        Map<String, Map<LatestGrade, Long>> byName = new TreeMap<>();
        groups.forEach(group -> byName.put(group.name(), group.grades().byGrade()));
        return byName;
    }
}
