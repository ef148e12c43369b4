package org.schoolscope.assessment.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.schoolscope.assessment.CategoryOverride;
import org.schoolscope.assessment.PriorityEntry;
import org.schoolscope.assessment.PriorityList;

/**
 * The priority list as rows for a spreadsheet, the same for CSV and XLSX so the two downloads never disagree.
 * Numbers stay numbers (a spreadsheet sorts them); an empty cell is null.
 */
final class PriorityListRows {

    static final List<String> HEADINGS = List.of("Rank", "URN", "School", "Category", "Computed category", "Score",
            "Months since graded inspection", "Override", "Reasons", "Run", "Rulebook version");

    private final AssessmentDates dates;
    private final String otherInformation;

    /** {@code otherInformation} is the line that stands for reasons withheld from the list's viewer. */
    PriorityListRows(AssessmentDates dates, String otherInformation) {
        this.dates = dates;
        this.otherInformation = otherInformation;
    }

    List<List<Object>> rows(PriorityList list) {
        List<List<Object>> rows = new ArrayList<>();
        int rank = 1;
        for (PriorityEntry entry : list.entries()) {
            rows.add(Arrays.asList(rank++, entry.result().urn().value(), entry.schoolName(),
                    entry.category(), entry.result().category(), entry.result().score(),
                    entry.monthsSinceGraded(), override(entry),
                    String.join("\n", reasons(entry)), list.run().id(), list.run().rulebookVersion()));
        }
        return rows;
    }

    /** The standing override, or one carried from an earlier run that waits for an officer to confirm it. */
    private String override(PriorityEntry entry) {
        if (entry.currentOverride().isPresent()) {
            CategoryOverride override = entry.currentOverride().get();
            return override.category() + " by " + override.madeBy() + " on " + dates.date(override.madeAt()) + ": "
                    + override.reason();
        }
        return entry.overrideToConfirm().map(override -> "Not counted until confirmed, as the evidence has changed: "
                + override.category() + " by " + override.madeBy() + " on " + dates.date(override.madeAt()) + ": "
                + override.reason()).orElse(null);
    }

    private List<String> reasons(PriorityEntry entry) {
        List<String> reasons = new ArrayList<>(entry.explanations());
        if (entry.result().otherInformationWithheld()) {
            reasons.add(otherInformation);
        }
        return reasons;
    }
}
