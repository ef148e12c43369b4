package org.schoolscope.assessment.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.schoolscope.shared.Urn;

/**
 * Two assessments side by side: which schools moved onto the list, which moved off, which changed from one concern
 * category to another, each with the rules that fired in one and not the other. A school is on the list when its
 * category is not its rulebook's category for no concern; a school missing on one side counts as not on the list.
 */
public final class RunComparison {

    private final List<CategoryChange> changes;

    private RunComparison(List<CategoryChange> changes) {
        this.changes = List.copyOf(changes);
    }

    /**
     * Compares the outcomes before with those after. Each side names its own category for no concern, since a
     * later rulebook version may rename it.
     */
    public static RunComparison compare(List<SchoolOutcome> before, String noConcernBefore,
            List<SchoolOutcome> after, String noConcernAfter) {
        Objects.requireNonNull(noConcernBefore, "noConcernBefore");
        Objects.requireNonNull(noConcernAfter, "noConcernAfter");
        Map<Urn, SchoolOutcome> beforeByUrn = byUrn(before);
        Map<Urn, SchoolOutcome> afterByUrn = byUrn(after);
        TreeSet<Urn> urns = new TreeSet<>(Comparator.comparingInt(Urn::value));
        urns.addAll(beforeByUrn.keySet());
        urns.addAll(afterByUrn.keySet());
        List<CategoryChange> changes = new ArrayList<>();
        for (Urn urn : urns) {
            SchoolOutcome old = beforeByUrn.get(urn);
            SchoolOutcome now = afterByUrn.get(urn);
            boolean listedBefore = old != null && !old.category().equals(noConcernBefore);
            boolean listedAfter = now != null && !now.category().equals(noConcernAfter);
            CategoryChange.Movement movement;
            if (!listedBefore && listedAfter) {
                movement = CategoryChange.Movement.MOVED_IN;
            } else if (listedBefore && !listedAfter) {
                movement = CategoryChange.Movement.MOVED_OUT;
            } else if (listedBefore && !old.category().equals(now.category())) {
                movement = CategoryChange.Movement.CHANGED_CATEGORY;
            } else {
                continue;
            }
            List<String> firedBefore = old == null ? List.of() : old.firedRuleIds();
            List<String> firedAfter = now == null ? List.of() : now.firedRuleIds();
            changes.add(new CategoryChange(urn, movement, old == null ? null : old.category(),
                    now == null ? null : now.category(), onlyIn(firedBefore, firedAfter),
                    onlyIn(firedAfter, firedBefore)));
        }
        return new RunComparison(changes);
    }

    private static Map<Urn, SchoolOutcome> byUrn(List<SchoolOutcome> outcomes) {
        Map<Urn, SchoolOutcome> byUrn = new LinkedHashMap<>();
        for (SchoolOutcome outcome : outcomes) {
            if (byUrn.put(outcome.urn(), outcome) != null) {
                throw new IllegalArgumentException("School " + outcome.urn() + " is assessed twice on one side");
            }
        }
        return byUrn;
    }

    private static List<String> onlyIn(List<String> these, List<String> notThose) {
        return these.stream().filter(id -> !notThose.contains(id)).toList();
    }

    /** Every change, by URN. */
    public List<CategoryChange> changes() {
        return changes;
    }

    public List<CategoryChange> movedIn() {
        return of(CategoryChange.Movement.MOVED_IN);
    }

    public List<CategoryChange> movedOut() {
        return of(CategoryChange.Movement.MOVED_OUT);
    }

    public List<CategoryChange> changedCategory() {
        return of(CategoryChange.Movement.CHANGED_CATEGORY);
    }

    private List<CategoryChange> of(CategoryChange.Movement movement) {
        return changes.stream().filter(change -> change.movement() == movement).toList();
    }
}
