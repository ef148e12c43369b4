package org.schoolscope.returns;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.schoolscope.assessment.FactsAsAt;
import org.schoolscope.assessment.SchoolFactSource;
import org.schoolscope.assessment.SourcedFact;
import org.schoolscope.assessment.SourcedFactDefinition;
import org.schoolscope.assessment.SourcedFacts;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.returns.domain.CompletedBy;
import org.schoolscope.returns.domain.Definition;
import org.schoolscope.returns.domain.FullAudit;
import org.schoolscope.returns.domain.ReturnKind;
import org.schoolscope.returns.domain.SchoolStanding;
import org.schoolscope.returns.persistence.AskedSchools;
import org.schoolscope.returns.persistence.ReturnStore;
import org.schoolscope.returns.persistence.SampleStore;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.schoolscope.web.CouncilProperties;
import org.springframework.stereotype.Component;

/**
 * What the council's returns tell the rules about each of its state-funded schools, as recorded by a run's moment:
 * whether the latest section 175 audit due by the run's day is overdue, how many returns are overdue, and whether a
 * validation visit failed with its full audit still open. Every value names the return and its dates as its source.
 */
@Component
public class ReturnsFacts implements SchoolFactSource {

    public static final String SECTION_175_OVERDUE = "returns.section_175_overdue";
    public static final String OVERDUE_RETURNS = "returns.overdue_returns";
    public static final String FAILED_VALIDATION = "returns.failed_validation";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    private final ReturnStore returns;
    private final SampleStore samples;
    private final AskedSchools schools;
    private final CouncilProperties council;
    private final java.time.Clock clock;

    ReturnsFacts(ReturnStore returns, SampleStore samples, AskedSchools schools, CouncilProperties council,
            java.time.Clock clock) {
        this.returns = returns;
        this.samples = samples;
        this.schools = schools;
        this.council = council;
        this.clock = clock;
    }

    @Override
    public List<SourcedFactDefinition> definitions() {
        return List.of(
                SourcedFactDefinition.flag(SECTION_175_OVERDUE, "The section 175 safeguarding audit is overdue"),
                SourcedFactDefinition.number(OVERDUE_RETURNS, "Returns overdue from the school"),
                SourcedFactDefinition.flag(FAILED_VALIDATION,
                        "A validation visit found the school's return did not hold, and its full audit is open"));
    }

    @Override
    public SourcedFacts read(FactsAsAt asAt) {
        LaCode la = council.la();
        if (asAt.laCode() != null && !asAt.laCode().equals(la)) {
            return SourcedFacts.none();
        }
        LocalDate day = asAt.day();
        ZoneId zone = clock.getZone();
        AcademicYear year = AcademicYear.containing(day);
        List<RegisteredSchool> stateFunded = schools.inSet(la, SchoolSet.STATE_FUNDED, day);
        // Which set a school is in is the register's answer, asked once per set a return is made for.
        Map<SchoolSet, Set<Urn>> members = new EnumMap<>(SchoolSet.class);
        List<Definition> definitions = returns.madeBy(la.value(), asAt.moment());
        Map<Urn, List<String>> overdue = new HashMap<>();
        Map<Urn, SourcedFact> section175 = new HashMap<>();
        Optional<Definition> latest175 = definitions.stream()
                .filter(definition -> definition.kind() == ReturnKind.SECTION_175 && definition.overdueOn(day))
                .max(Comparator.comparing(Definition::dueOn).thenComparing(Definition::id));
        for (Definition definition : definitions) {
            if (definition.completedBy() != CompletedBy.SCHOOL || !definition.overdueOn(day)) {
                continue;
            }
            Map<Urn, SchoolStanding> standings = returns.standings(definition.id(), asAt.moment());
            boolean isLatest175 = latest175.map(found -> found.id() == definition.id()).orElse(false);
            for (RegisteredSchool school : stateFunded) {
                if (!members.computeIfAbsent(definition.schoolSet(), set -> schools.inSet(la, set, day).stream()
                        .map(RegisteredSchool::urn).collect(Collectors.toSet())).contains(school.urn())) {
                    continue;
                }
                SchoolStanding standing = standings.getOrDefault(school.urn(), SchoolStanding.NOT_STARTED);
                String due = definition.title() + ", due " + DAY.format(definition.dueOn());
                if (!standing.submitted()) {
                    overdue.computeIfAbsent(school.urn(), urn -> new ArrayList<>()).add(definition.title());
                }
                if (isLatest175) {
                    section175.put(school.urn(), SourcedFact.flag(SECTION_175_OVERDUE, !standing.submitted(),
                            definition.year(), standing.submitted()
                                    ? due + ": submitted on " + DAY.format(LocalDate.ofInstant(
                                            standing.firstSubmittedAt(), zone))
                                    : due + ": not submitted by " + DAY.format(day)));
                }
            }
        }
        Map<Urn, SourcedFact> failed = failedValidations(la, asAt, definitions);
        Map<Urn, List<SourcedFact>> bySchool = new LinkedHashMap<>();
        for (RegisteredSchool school : stateFunded) {
            Urn urn = school.urn();
            List<String> titles = overdue.getOrDefault(urn, List.of());
            List<SourcedFact> facts = new ArrayList<>();
            facts.add(section175.getOrDefault(urn, SourcedFact.flag(SECTION_175_OVERDUE, false,
                    latest175.map(Definition::year).orElse(year), latest175
                            .map(found -> found.title() + " was not asked of this school")
                            .orElse("no section 175 safeguarding audit was due by " + DAY.format(day)))));
            facts.add(SourcedFact.number(OVERDUE_RETURNS, titles.size(), year, titles.isEmpty()
                    ? "no return overdue on " + DAY.format(day)
                    : "overdue on " + DAY.format(day) + ": " + String.join("; ", titles)));
            facts.add(failed.getOrDefault(urn, SourcedFact.flag(FAILED_VALIDATION, false, year,
                    "no open full audit after a failed validation on " + DAY.format(day))));
            bySchool.put(urn, facts);
        }
        return new SourcedFacts(bySchool, List.of());
    }

    /** Schools whose validation failed and whose full audit had not closed by the moment. */
    private Map<Urn, SourcedFact> failedValidations(LaCode la, FactsAsAt asAt, List<Definition> definitions) {
        Map<Long, Definition> byId = definitions.stream()
                .collect(Collectors.toMap(Definition::id, definition -> definition));
        Map<Urn, SourcedFact> failed = new HashMap<>();
        for (FullAudit audit : samples.auditsOpenedBy(la.value(), asAt.moment())) {
            boolean closedBy = audit.closure().map(closure -> !closure.recordedAt().isAfter(asAt.moment()))
                    .orElse(false);
            Definition definition = byId.get(audit.definitionId());
            if (audit.reason() != FullAudit.Reason.FAILED_VALIDATION || closedBy || definition == null) {
                continue;
            }
            failed.put(audit.urn(), SourcedFact.flag(FAILED_VALIDATION, true, definition.year(),
                    "validation visit for the " + definition.title() + "; full audit opened on "
                            + DAY.format(audit.openedOn()) + ", open on " + DAY.format(asAt.day())));
        }
        return failed;
    }
}
