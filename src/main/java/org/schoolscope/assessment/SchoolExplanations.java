package org.schoolscope.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.domain.CompiledRulebook;
import org.schoolscope.assessment.domain.Consequence;
import org.schoolscope.assessment.domain.RuleDefinition;
import org.schoolscope.assessment.domain.Rulebook;
import org.schoolscope.assessment.persistence.FactSheetQuery;
import org.schoolscope.assessment.persistence.RulebookVersionStore;
import org.schoolscope.assessment.persistence.SoftIntelligenceStore;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's explanation from its latest run. The rules that fired and those left undecided are stored with the
 * result; the rules that did not fire are the rest of the run's own rulebook version, so the page says what was
 * checked then, not what today's rulebook would check.
 */
@Service
public class SchoolExplanations {

    private final AssessmentRuns runs;
    private final RulebookVersionStore rulebooks;
    private final PriorityLists lists;
    private final SoftIntelligenceStore schools;
    private final FactSheetQuery factSheets;

    SchoolExplanations(AssessmentRuns runs, RulebookVersionStore rulebooks, PriorityLists lists,
            SoftIntelligenceStore schools, FactSheetQuery factSheets) {
        this.factSheets = factSheets;
        this.runs = runs;
        this.rulebooks = rulebooks;
        this.lists = lists;
        this.schools = schools;
    }

    /**
     * The school's explanation as the viewer may read it. Not found when the school is not in the register, no run
     * has assessed it, or the viewer may not see it. For a viewer who may not read notes about the school, the rules
     * that read soft intelligence are not listed at all, fired or not: listing one as "did not fire" only when no
     * note stands would tell as much as the note.
     */
    @Transactional
    public SchoolExplanation explain(Urn urn, ViewerScope viewer) {
        SchoolResult result = runs.latestFor(urn, viewer);
        CompiledRulebook compiled = Rulebooks.compile(rulebooks.find(result.rulebookVersion()).orElseThrow().yaml(),
                factSheets.catalogue());
        Rulebook rulebook = compiled.rulebook();
        Set<String> withheld = result.notesReadable() ? Set.of() : compiled.confidentialRuleIds();
        Set<String> decided = result.reasons().stream().map(AssessmentReason::ruleId).collect(Collectors.toSet());
        result.unchecked().forEach(unchecked -> decided.add(unchecked.ruleId()));
        List<SchoolExplanation.RuleCheck> notFired = new ArrayList<>();
        List<SchoolExplanation.RuleCheck> notApplicable = new ArrayList<>();
        for (RuleDefinition rule : rulebook.rules()) {
            if (decided.contains(rule.id()) || withheld.contains(rule.id())) {
                continue;
            }
            SchoolExplanation.RuleCheck check = new SchoolExplanation.RuleCheck(rule.id(), rule.description(),
                    rule.condition().strip(), consequence(rule.consequence()));
            if (rule.appliesTo().contains(result.responsibleBody())) {
                notFired.add(check);
            } else {
                notApplicable.add(check);
            }
        }
        // The override that places the school, as the priority list decides it: made in this run, or carried. Read
        // without notes: whether an override holds never depends on them, and reading them again would be audited.
        CategoryOverride standing = lists.forRun(result.runId(), viewer.withoutNotes()).flatMap(list -> list.entries().stream()
                .filter(entry -> entry.result().urn().equals(urn)).findFirst())
                .flatMap(PriorityEntry::currentOverride).orElse(null);
        return new SchoolExplanation(result, schools.schoolName(urn).orElse(""), rulebook.defaultCategory(),
                notFired, notApplicable, standing, !withheld.isEmpty());
    }

    private static String consequence(Consequence consequence) {
        return consequence.describe();
    }
}
