package org.schoolscope.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.schoolscope.assessment.PriorityEntry;
import org.schoolscope.assessment.PriorityList;
import org.schoolscope.register.District;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.register.SchoolOnDate;
import org.schoolscope.shared.Urn;

/**
 * The priority list as officers read it (issue 12, item 5): narrowed by category, responsible body, phase, district
 * or a name or URN, and grouped by category, most severe first, each school keeping its rank on the whole list. The
 * list itself, already limited to the schools the viewer may see, comes from {@link
 * org.schoolscope.assessment.PriorityLists}; this only chooses which of its rows to show.
 */
public record PriorityListView(List<Row> rows, List<Group> groups, int shown, int total, Filter filter, Options options,
        Map<String, String> tagColours) {

    /** The GOV.UK tag colour of a category. */
    public String tagColour(String category) {
        return tagColours.getOrDefault(category, "govuk-tag--grey");
    }

    /** What the officer asked for; blank fields do not narrow. */
    public record Filter(String category, String body, String phase, String district, String q) {

        public Filter {
            category = trimmed(category);
            body = trimmed(body);
            phase = trimmed(phase);
            district = trimmed(district);
            q = trimmed(q);
        }

        public boolean any() {
            return !(category.isEmpty() && body.isEmpty() && phase.isEmpty() && district.isEmpty() && q.isEmpty());
        }

        private static String trimmed(String text) {
            return text == null ? "" : text.strip();
        }
    }

    /** One row: the entry, its rank on the whole list, and the register's facts about the school on the run's day. */
    public record Row(int rank, PriorityEntry entry, String phase, String district) {
    }

    /** A category with the number of schools the filter leaves in it, most severe first. */
    public record Group(String category, String tagColour, int count) {
    }

    /** The values the filters offer: those on the list. */
    public record Options(List<String> categories, List<String> phases, List<String> districts) {
    }

    /** One choice of a filter, in the shape the shared select fragment reads. */
    public record Choice(String value, String text, boolean selected) {
    }

    public List<Choice> categoryChoices() {
        return choices(options.categories(), filter.category());
    }

    public List<Choice> phaseChoices() {
        return choices(options.phases(), filter.phase());
    }

    public List<Choice> districtChoices() {
        return choices(options.districts(), filter.district());
    }

    /** Maintained schools and academies, in the officer's words. */
    public List<Choice> bodyChoices(String maintained, String academies) {
        return List.of(new Choice(MAINTAINED, maintained, MAINTAINED.equals(filter.body())),
                new Choice(ACADEMIES, academies, ACADEMIES.equals(filter.body())));
    }

    private static List<Choice> choices(List<String> values, String chosen) {
        return values.stream().map(value -> new Choice(value, value, value.equals(chosen))).toList();
    }

    static final String ACADEMIES = "academies";
    static final String MAINTAINED = "maintained";

    static PriorityListView of(PriorityList list, Map<Urn, SchoolOnDate> schools, Filter filter) {
        List<Row> all = new ArrayList<>();
        int rank = 0;
        for (PriorityEntry entry : list.entries()) {
            SchoolOnDate school = schools.get(entry.result().urn());
            String phase = school == null || school.phase() == null ? "" : school.phase().giasName();
            String district = school == null ? "" : districtName(school.district());
            all.add(new Row(++rank, entry, phase, district));
        }
        List<Row> rows = all.stream().filter(row -> matches(row, filter)).toList();
        Map<String, String> colours = new LinkedHashMap<>();
        for (int severity = 0; severity < list.categories().size(); severity++) {
            colours.put(list.categories().get(severity), tagColour(severity, list.categories().size()));
        }
        List<Group> groups = new ArrayList<>();
        colours.forEach((category, colour) -> {
            long count = rows.stream().filter(row -> row.entry().category().equals(category)).count();
            if (count > 0) {
                groups.add(new Group(category, colour, (int) count));
            }
        });
        Options options = new Options(
                list.categories().stream().filter(c -> all.stream().anyMatch(r -> r.entry().category().equals(c)))
                        .toList(),
                List.copyOf(new TreeSet<>(all.stream().map(Row::phase).filter(p -> !p.isEmpty()).toList())),
                List.copyOf(new TreeSet<>(all.stream().map(Row::district).filter(d -> !d.isEmpty()).toList())));
        return new PriorityListView(rows, groups, rows.size(), all.size(), filter, options, colours);
    }

    private static boolean matches(Row row, Filter filter) {
        PriorityEntry entry = row.entry();
        if (!filter.category().isEmpty() && !filter.category().equals(entry.category())) {
            return false;
        }
        ResponsibleBody body = entry.result().responsibleBody();
        if (filter.body().equals(MAINTAINED) && body != ResponsibleBody.LOCAL_AUTHORITY
                || filter.body().equals(ACADEMIES) && body != ResponsibleBody.TRUST) {
            return false;
        }
        if (!filter.phase().isEmpty() && !filter.phase().equals(row.phase())) {
            return false;
        }
        if (!filter.district().isEmpty() && !filter.district().equals(row.district())) {
            return false;
        }
        String q = filter.q().toLowerCase(Locale.UK);
        return q.isEmpty() || entry.schoolName().toLowerCase(Locale.UK).contains(q)
                || Objects.toString(entry.result().urn().value()).equals(q);
    }

    private static String districtName(District district) {
        return district == null ? "" : district.name();
    }

    /** The most severe category red, then orange, then yellow; the last (no concern) grey. */
    private static String tagColour(int severity, int categories) {
        if (severity == categories - 1) {
            return "govuk-tag--grey";
        }
        return switch (severity) {
            case 0 -> "govuk-tag--red";
            case 1 -> "govuk-tag--orange";
            default -> "govuk-tag--yellow";
        };
    }
}
