package org.schoolscope.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.domain.CompiledRulebook;
import org.schoolscope.assessment.domain.FactTable;
import org.schoolscope.assessment.domain.LineDiff;
import org.schoolscope.assessment.domain.WhatIf;
import org.schoolscope.assessment.domain.WhatIfChange;
import org.schoolscope.assessment.persistence.DataSnapshot;
import org.schoolscope.assessment.persistence.FactSheetQuery;
import org.schoolscope.assessment.persistence.PriorityListQuery;
import org.schoolscope.assessment.persistence.RulebookVersionStore;
import org.schoolscope.assessment.persistence.WorkbenchQuery;
import org.schoolscope.assessment.rulebook.ThresholdEditor;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.TextLimits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rulebook workbench (issue 3, items 1 and 6): the versions with who changed what and why, saving a new
 * version, and what a draft would change before it is saved.
 */
@Service
public class RulebookWorkbench {

    private final Rulebooks rulebooks;
    private final RulebookVersionStore versions;
    private final WorkbenchQuery history;
    private final PriorityListQuery latestRuns;
    private final AssessmentRuns runs;
    private final FactSheetQuery factSheets;
    private final ApplicationEventPublisher events;

    RulebookWorkbench(Rulebooks rulebooks, RulebookVersionStore versions, WorkbenchQuery history,
            PriorityListQuery latestRuns, AssessmentRuns runs, FactSheetQuery factSheets,
            ApplicationEventPublisher events) {
        this.rulebooks = rulebooks;
        this.versions = versions;
        this.history = history;
        this.latestRuns = latestRuns;
        this.runs = runs;
        this.factSheets = factSheets;
        this.events = events;
    }

    /** The version in use now; the default rulebook becomes version 1 on first use. */
    @Transactional
    public RulebookVersion latest() {
        return rulebooks.latest();
    }

    /** Every version, newest first, storing the default as version 1 when none is stored yet. */
    @Transactional
    public List<RulebookVersion> versions() {
        rulebooks.latest();
        return history.versions();
    }

    @Transactional(readOnly = true)
    public Optional<RulebookVersion> version(int number) {
        return versions.find(number);
    }

    /** The lines this version changed from the one before it (all added for the first version). */
    @Transactional(readOnly = true)
    public LineDiff changesFromPrevious(RulebookVersion version) {
        String previous = versions.find(version.version() - 1).map(RulebookVersion::yaml).orElse("");
        return LineDiff.between(previous, version.yaml());
    }

    /**
     * Saves a new version and records who saved it and why in the audit log. A document that does not read, or
     * whose rules do not parse or name an unknown measure, is refused with a
     * {@link org.schoolscope.assessment.domain.RulebookRefusedException} naming each problem, and nothing is stored.
     */
    @Transactional
    public RulebookVersion save(String yaml, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A new rulebook version needs a reason");
        }
        TextLimits.checked("The rulebook", yaml, TextLimits.DOCUMENT);
        TextLimits.checked("The reason", reason, TextLimits.FREE_TEXT);
        RulebookVersion saved = rulebooks.save(yaml, actor, reason.strip());
        events.publishEvent(new RulebookVersionSaved(actor, saved.version(), saved.reason()));
        return saved;
    }

    /** The draft with its thresholds set to the values given; a draft that does not read is refused. */
    public String withThresholds(String draft, Map<String, Double> values) {
        return ThresholdEditor.apply(draft, values);
    }

    /**
     * Which schools the draft would place in another category than the latest version does, on the facts the
     * council's latest run read (its import batches and its day), and why. Nothing is stored. Empty when the
     * council's schools have never been assessed.
     *
     * <p>A what-if is the council's: it reads every school, since a percentile threshold is taken over them all, so
     * it is refused to a viewer who may not see every school (its route admits none). It reads no soft
     * intelligence: the facts are laid out without it, so a rule that reads a note is left undecided on both sides.
     */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public Optional<WhatIfReport> whatIf(LaCode laCode, String draft, ViewerScope viewer) {
        if (!viewer.seesEverySchool()) {
            throw new AssessmentNotFoundException("A what-if reads every school of the council");
        }
        TextLimits.checked("The draft rulebook", draft, TextLimits.DOCUMENT);
        CompiledRulebook proposed = Rulebooks.compile(draft, factSheets.catalogue());
        Optional<AssessmentRun> latestRun = latestRuns.latestRunId(laCode).flatMap(id -> runs.find(id, viewer));
        if (latestRun.isEmpty()) {
            return Optional.empty();
        }
        AssessmentRun run = latestRun.get();
        RulebookVersion base = versions.latest();
        CompiledRulebook current = Rulebooks.compile(base.yaml(), factSheets.catalogue());
        DataSnapshot snapshot = new DataSnapshot(run.importIds(), run.dataAsOf());
        FactTable table = FactTable.of(current.facts(), factSheets.schools(run.laCode(), snapshot));
        List<WhatIfChange> changes = WhatIf.compare(current, proposed, table, factSheets.england(snapshot));
        Map<Integer, String> names = latestRuns.schoolNames(run.id(), viewer);
        return Optional.of(new WhatIfReport(base, run, table.size(), changes.stream()
                .map(change -> new WhatIfReport.MovingSchool(change,
                        names.getOrDefault(change.change().urn().value(), "")))
                .toList()));
    }
}
