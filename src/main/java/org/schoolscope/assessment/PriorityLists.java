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
import org.schoolscope.assessment.domain.OverrideReason;
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
 * and officers' overrides, which are kept beside the computed category and never replace it. An override holds for
 * later runs until it is withdrawn or the evidence it answered changes (issue 12). An academy's category is a
 * notification to the regional director, which the rulebook does not rank: it is not the council's to act on, so it
 * ranks below every council category, and the assessed category is shown beside it.
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

    /**
     * As {@link #latestFor}, for one run. An override made in this run, or carried from an earlier run of the council
     * whose evidence is unchanged, places the school in its category: on the list, in the exports, letters and the
     * proposal. A school the rules left off but an officer placed in a category of concern is on the list; one an
     * officer took off stays on it, ranked by its new category, so that the decision can be seen and withdrawn.
     */
    @Transactional
    public Optional<PriorityList> forRun(long runId, ViewerScope viewer) {
        return runs.find(runId, viewer).map(run -> {
            Rulebook rulebook = rulebookOf(run);
            Map<String, Integer> severities = rulebook.categories().stream()
                    .collect(Collectors.toMap(Category::name, Category::severity));
            Map<Integer, String> names = query.schoolNames(runId, viewer);
            Map<Urn, List<CategoryOverride>> madeInRun = overrides.forRun(runId, viewer).stream()
                    .collect(Collectors.groupingBy(CategoryOverride::urn, LinkedHashMap::new, Collectors.toList()));
            Map<Urn, CategoryOverride> carried = overrides.standingAt(runId, viewer);
            List<PriorityEntry> entries = new ArrayList<>();
            for (SchoolResult result : runs.results(runId, viewer)) {
                CategoryOverride override = carried.get(result.urn());
                boolean holds = override != null && severities.containsKey(override.category())
                        && (override.runId() == runId
                                || OverrideEvidence.fingerprint(result).equals(override.answeredEvidence()));
                CategoryOverride standing = holds ? override : null;
                CategoryOverride toConfirm = override != null && !holds ? override : null;
                String category = standing == null ? result.category() : standing.category();
                boolean computedConcern = !result.category().equals(rulebook.defaultCategory());
                if (computedConcern || standing != null || toConfirm != null) {
                    entries.add(new PriorityEntry(result, names.getOrDefault(result.urn().value(), ""),
                            severities.getOrDefault(category, 0), monthsSinceGraded(result),
                            madeInRun.getOrDefault(result.urn(), List.of()), standing, toConfirm));
                }
            }
            entries.sort(URGENCY);
            return new PriorityList(run, entries, List.copyOf(severities.keySet().stream()
                    .sorted(Comparator.comparing(severities::get).reversed()).toList()));
        });
    }

    /**
     * Records an officer's choice of another category for a school in a run, with the evidence it answers. Refused
     * when the category is not one of the run's rulebook, is the one the school is already placed in, or the reason
     * does not say why in words; the computed result is left as it is. Audited in the same transaction.
     */
    @Transactional
    public CategoryOverride override(long runId, Urn urn, String category, String reason, String madeBy) {
        PriorityList list = forRun(runId, ViewerScope.system())
                .orElseThrow(() -> new AssessmentNotFoundException("No assessment run " + runId + " is on record"));
        if (!list.categories().contains(category)) {
            throw new IllegalArgumentException("'" + category + "' is not a category of the run's rulebook");
        }
        SchoolResult result = runs.results(runId, ViewerScope.system()).stream()
                .filter(assessed -> assessed.urn().equals(urn)).findFirst()
                .orElseThrow(() -> new AssessmentNotFoundException("School " + urn + " was not assessed in run "
                        + runId));
        Optional<PriorityEntry> entry = list.entries().stream().filter(listed -> listed.result().urn().equals(urn))
                .findFirst();
        String placed = entry.map(PriorityEntry::category).orElse(result.category());
        if (placed.equals(category)) {
            throw new IllegalArgumentException("The school is already placed in '" + category + "'");
        }
        checkReason(reason);
        boolean confirming = entry.flatMap(PriorityEntry::overrideToConfirm)
                .filter(earlier -> earlier.category().equals(category)).isPresent();
        CategoryOverride saved = overrides.add(runId, urn, category, reason.strip(), madeBy,
                clock.instant().truncatedTo(ChronoUnit.MICROS), result.category(),
                OverrideEvidence.fingerprint(result));
        events.publishEvent(AssessmentAudited.override(saved, placed, confirming));
        return saved;
    }

    /**
     * Withdraws an override, with a written reason: the school goes back to the category its latest run computed.
     * The override stays on the record with its withdrawal. Audited in the same transaction.
     */
    @Transactional
    public void withdraw(long overrideId, String reason, String withdrawnBy) {
        CategoryOverride override = overrides.find(overrideId, ViewerScope.system())
                .orElseThrow(() -> new AssessmentNotFoundException("No override " + overrideId + " is on record"));
        if (overrides.withdrawn(overrideId)) {
            throw new IllegalArgumentException("The override has already been withdrawn");
        }
        checkReason(reason);
        overrides.withdraw(overrideId, reason.strip(), withdrawnBy, clock.instant().truncatedTo(ChronoUnit.MICROS));
        events.publishEvent(AssessmentAudited.withdrawal(override, withdrawnBy));
    }

    /** An override the viewer may see, for the withdrawal page. */
    public Optional<CategoryOverride> findOverride(long overrideId, ViewerScope viewer) {
        return overrides.find(overrideId, viewer);
    }

    private static void checkReason(String reason) {
        Objects.requireNonNull(reason, "reason");
        if (!OverrideReason.meaningful(reason)) {
            throw new IllegalArgumentException("A reason must say why in at least " + OverrideReason.MINIMUM_WORDS
                    + " words");
        }
        TextLimits.checked("The reason", reason, TextLimits.FREE_TEXT);
    }

    private Rulebook rulebookOf(AssessmentRun run) {
        return RulebookYaml.read(rulebooks.find(run.rulebookVersion()).orElseThrow().yaml());
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
