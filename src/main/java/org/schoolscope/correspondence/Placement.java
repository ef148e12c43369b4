package org.schoolscope.correspondence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schoolscope.assessment.AssessmentReason;
import org.schoolscope.assessment.CategoryOverride;
import org.schoolscope.assessment.PriorityEntry;
import org.schoolscope.assessment.PriorityList;
import org.schoolscope.assessment.SchoolResult;
import org.schoolscope.shared.Urn;

/**
 * Where a run (with officers' overrides respected) places a school: {@code category} is the category that stands,
 * {@code result} what the rules computed, {@code override} the officer's decision if there is one, and
 * {@code priority} whether the standing category is a concern.
 */
public record Placement(SchoolResult result, String category, Optional<CategoryOverride> override,
        boolean priority) {

    public Placement {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(override, "override");
    }

    public Urn urn() {
        return result.urn();
    }

    public List<AssessmentReason> reasons() {
        return result.reasons();
    }

    public boolean overridden() {
        return override.isPresent();
    }

    /**
     * Every assessed school's placement in a run. The "no concern" category is the one the run gave the schools it
     * left off the list (the rulebook's default); an override to it takes a school off.
     */
    static Map<Urn, Placement> of(PriorityList list, List<SchoolResult> results) {
        Map<Urn, PriorityEntry> entries = new HashMap<>();
        list.entries().forEach(entry -> entries.put(entry.result().urn(), entry));
        String noConcern = results.stream().filter(result -> !entries.containsKey(result.urn()))
                .map(SchoolResult::category).findFirst()
                .orElse(list.categories().isEmpty() ? "" : list.categories().get(list.categories().size() - 1));
        Map<Urn, Placement> placements = new HashMap<>();
        for (SchoolResult result : results) {
            PriorityEntry entry = entries.get(result.urn());
            if (entry == null) {
                placements.put(result.urn(), new Placement(result, result.category(), Optional.empty(), false));
            } else {
                Optional<CategoryOverride> override = entry.currentOverride();
                String category = override.map(CategoryOverride::category).orElse(result.category());
                placements.put(result.urn(), new Placement(result, category, override, !category.equals(noConcern)));
            }
        }
        return placements;
    }

}
