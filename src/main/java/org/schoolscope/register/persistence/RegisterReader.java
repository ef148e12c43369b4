package org.schoolscope.register.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schoolscope.register.District;
import org.schoolscope.register.Districts;
import org.schoolscope.register.Evidence;
import org.schoolscope.register.SchoolHistory;
import org.schoolscope.register.SchoolOnDate;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.register.domain.SchoolTimeline;
import org.schoolscope.register.domain.SchoolTimelines;
import org.schoolscope.register.domain.Statement;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the register's questions on a date: loads the evidence of the schools asked about (with the schools GIAS
 * links them to, whose evidence a successor's or predecessor's state needs) and derives their timelines.
 */
@Component
class RegisterReader {

    private final SchoolEvidence evidence;
    private final Districts districts;

    RegisterReader(SchoolEvidence evidence, Districts districts) {
        this.evidence = evidence;
        this.districts = districts;
    }

    @Transactional(readOnly = true)
    List<SchoolOnDate> schools(LocalDate on, SchoolSet set, LaCode laCode) {
        Integer la = laCode == null ? null : laCode.value();
        SchoolTimelines timelines = la == null
                ? SchoolTimelines.of(evidence.allStatements(), evidence.links(null), evidence.lists())
                : timelinesOf(evidence.urnsWithNeighbours(la));
        DistrictLookup lookup = new DistrictLookup(on);
        return timelines.on(on).stream().filter(s -> la == null || Objects.equals(s.laCode(), la))
                .filter(s -> s.isOpenIn(set)).map(lookup::withDistrict)
                .sorted(Comparator.comparing((SchoolOnDate s) -> s.displayName().toLowerCase(java.util.Locale.UK))
                        .thenComparing(s -> s.urn().value()))
                .toList();
    }

    @Transactional(readOnly = true)
    Map<Urn, SchoolOnDate> find(Collection<Urn> urns, LocalDate on) {
        Map<Urn, SchoolOnDate> found = new LinkedHashMap<>();
        if (urns.isEmpty()) {
            return found;
        }
        SchoolTimelines timelines = timelinesOf(evidence.withNeighbours(urns.stream().map(Urn::value).toList()));
        DistrictLookup lookup = new DistrictLookup(on);
        for (Urn urn : urns) {
            timelines.timeline(urn).flatMap(t -> t.on(on)).map(lookup::withDistrict)
                    .ifPresent(school -> found.put(urn, school));
        }
        return found;
    }

    @Transactional(readOnly = true)
    Optional<SchoolHistory> history(Urn urn) {
        SchoolTimelines timelines = timelinesOf(evidence.withNeighbours(List.of(urn.value())));
        return timelines.timeline(urn).map(RegisterReader::history);
    }

    private SchoolTimelines timelinesOf(List<Integer> urns) {
        return SchoolTimelines.of(evidence.statements(urns), evidence.links(urns), evidence.lists());
    }

    private static SchoolHistory history(SchoolTimeline timeline) {
        List<SchoolHistory.Period> periods = new ArrayList<>();
        SchoolOnDate latest = null;
        for (LocalDate day : timeline.turningPoints()) {
            Optional<SchoolOnDate> then = timeline.on(day);
            if (then.isEmpty()) {
                continue;
            }
            SchoolOnDate school = then.get();
            latest = school;
            SchoolHistory.Period last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
            if (last != null && last.status() == school.status() && last.typeName().equals(school.typeName())
                    && Objects.equals(last.phaseName(), school.phaseName())) {
                continue;
            }
            if (last != null) {
                periods.set(periods.size() - 1, new SchoolHistory.Period(last.from(), day.minusDays(1), last.status(),
                        last.typeName(), last.phaseName(), last.evidence()));
            }
            periods.add(new SchoolHistory.Period(day, null, school.status(), school.typeName(), school.phaseName(),
                    school.statusEvidence()));
        }
        List<Evidence> accounts = timeline.statements().stream().map(RegisterReader::account).toList();
        return new SchoolHistory(timeline.urn(), periods, accounts, timeline.conflicts(),
                latest == null ? List.of() : latest.successors(), latest == null ? List.of() : latest.predecessors());
    }

    /** What one file said of the school, in words. */
    private static Evidence account(Statement s) {
        List<String> said = new ArrayList<>();
        add(said, "name", s.name());
        add(said, "type", s.establishmentType());
        add(said, "type group", s.typeGroup());
        add(said, "status", s.status());
        add(said, "phase", s.phase());
        add(said, "opened", s.openDate() == null ? null : s.openDate().toString());
        add(said, "closed", s.closeDate() == null ? null : s.closeDate().toString());
        if (s.listId() != null) {
            said.add("listed");
        }
        return new Evidence(s.asAt(), String.join("; ", said), s.sourceFile(), s.importId());
    }

    private static void add(List<String> said, String what, String value) {
        if (value != null && !value.isBlank()) {
            said.add(what + " " + value.trim());
        }
    }

    /** Councils map a few dozen constituencies; each is looked up once per question, not once per school. */
    private final class DistrictLookup {

        private final LocalDate on;
        private final Map<String, Optional<District>> seen = new HashMap<>();

        DistrictLookup(LocalDate on) {
            this.on = on;
        }

        SchoolOnDate withDistrict(SchoolOnDate school) {
            if (school.laCode() == null || school.constituency() == null || school.constituency().isBlank()) {
                return school;
            }
            Optional<District> district = seen.computeIfAbsent(school.laCode() + "|" + school.constituency(),
                    key -> districts.districtOf(school.laCode(), school.constituency(), on));
            return district.map(school::withDistrict).orElse(school);
        }
    }
}
