package org.schoolscope.assessment;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.domain.Category;
import org.schoolscope.assessment.domain.Rulebook;
import org.schoolscope.assessment.domain.StandardFacts;
import org.schoolscope.assessment.persistence.OverrideStore;
import org.schoolscope.assessment.persistence.PriorityListQuery;
import org.schoolscope.assessment.persistence.RulebookVersionStore;
import org.schoolscope.assessment.rulebook.RulebookYaml;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.TextLimits;
import org.schoolscope.shared.Urn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposed priority list (issue 3, item 5): the schools a run placed in a concern category, most urgent first,
 * and officers' overrides, which are kept beside the computed category and never replace it.
 */
@Service
public class PriorityLists {

    /** Most severe category first, then the higher score, then the longer wait since a graded inspection. */
    static final Comparator<PriorityEntry> URGENCY = Comparator
            .comparingInt(PriorityEntry::severity).reversed()
            .thenComparing(Comparator.comparingInt((PriorityEntry entry) -> entry.result().score()).reversed())
            .thenComparing(PriorityEntry::monthsSinceGraded, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(entry -> entry.result().urn().value());

    private final AssessmentRuns runs;
    private final RulebookVersionStore rulebooks;
    private final PriorityListQuery query;
    private final OverrideStore overrides;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PriorityLists(AssessmentRuns runs, RulebookVersionStore rulebooks, PriorityListQuery query,
            OverrideStore overrides, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.runs = runs;
        this.rulebooks = rulebooks;
        this.query = query;
        this.overrides = overrides;
        this.clock = clock;
    }

    /**
     * The list from the council's latest run, with the schools the viewer may see; empty when the council's schools
     * have never been assessed. Reasons from soft intelligence are on it only for a viewer who may read them, and
     * their reading is audited.
     */
    @Transactional
    public Optional<PriorityList> latestFor(LaCode laCode, ViewerScope viewer) {
        return query.latestRunId(laCode).flatMap(runId -> forRun(runId, viewer));
    }

    /** As {@link #latestFor}, from the council's latest run made before the instant (a month's report). */
    @Transactional
    public Optional<PriorityList> latestBefore(LaCode laCode, java.time.Instant before, ViewerScope viewer) {
        return query.latestRunIdBefore(laCode, before).flatMap(runId -> forRun(runId, viewer));
    }

    /** As {@link #latestFor}, for one run. */
    @Transactional
    public Optional<PriorityList> forRun(long runId, ViewerScope viewer) {
        return runs.find(runId, viewer).map(run -> {
            Rulebook rulebook = rulebookOf(run);
            Map<String, Integer> severities = rulebook.categories().stream()
                    .collect(Collectors.toMap(Category::name, Category::severity));
            Map<Integer, String> names = query.schoolNames(runId, viewer);
            Map<Urn, List<CategoryOverride>> overridden = overrides.forRun(runId, viewer).stream()
                    .collect(Collectors.groupingBy(CategoryOverride::urn, LinkedHashMap::new, Collectors.toList()));
            List<PriorityEntry> entries = new ArrayList<>();
            for (SchoolResult result : runs.results(runId, viewer)) {
                if (!result.category().equals(rulebook.defaultCategory())) {
                    entries.add(new PriorityEntry(result, names.getOrDefault(result.urn().value(), ""),
                            severity(result, severities), monthsSinceGraded(result),
                            overridden.getOrDefault(result.urn(), List.of())));
                }
            }
            entries.sort(URGENCY);
            return new PriorityList(run, entries, List.copyOf(severities.keySet().stream()
                    .sorted(Comparator.comparing(severities::get).reversed()).toList()));
        });
    }

    /**
     * Records an officer's choice of another category for a school in a run. The reason must be written and the
     * category one of the run's rulebook; the computed result is left as it is.
     */
    @Transactional
    public CategoryOverride override(long runId, Urn urn, String category, String reason, String madeBy) {
        PriorityList list = forRun(runId, ViewerScope.system())
                .orElseThrow(() -> new AssessmentNotFoundException("No assessment run " + runId + " is on record"));
        if (!list.categories().contains(category)) {
            throw new IllegalArgumentException("'" + category + "' is not a category of the run's rulebook");
        }
        if (runs.results(runId, ViewerScope.system()).stream().noneMatch(result -> result.urn().equals(urn))) {
            throw new AssessmentNotFoundException("School " + urn + " was not assessed in run " + runId);
        }
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("An override needs a written reason");
        }
        TextLimits.checked("The reason", reason, TextLimits.FREE_TEXT);
        CategoryOverride made = overrides.add(runId, urn, category, reason.strip(), madeBy,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        events.publishEvent(AssessmentAudited.override(made));
        return made;
    }

    private Rulebook rulebookOf(AssessmentRun run) {
        return RulebookYaml.read(rulebooks.find(run.rulebookVersion()).orElseThrow().yaml());
    }

    /**
     * An academy's category is a notification to the regional director, which the rulebook does not rank: it is not
     * the council's to act on (issue 3), so it ranks below every council category, and the assessed category is
     * shown beside it.
     */
    private static int severity(SchoolResult result, Map<String, Integer> severities) {
        return severities.getOrDefault(result.category(), 0);
    }

    /** Only present when a rule read the fact, as the inspection-due rule does; the list never recomputes it. */
    private static Integer monthsSinceGraded(SchoolResult result) {
        for (AssessmentReason reason : result.reasons()) {
            for (AssessmentReason.ReasonEvidence evidence : reason.evidence()) {
                for (AssessmentReason.FactReading reading : evidence.readings()) {
                    if (StandardFacts.MONTHS_SINCE_GRADED.equals(reading.fact())) {
                        try {
                            return (int) Double.parseDouble(reading.value());
                        } catch (NumberFormatException notANumber) {
                            return null;
                        }
                    }
                }
            }
        }
        return null;
    }
}
