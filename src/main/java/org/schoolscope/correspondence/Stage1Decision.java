package org.schoolscope.correspondence;

import java.time.LocalDate;
import java.util.Optional;
import org.schoolscope.improvement.AgreedList;
import org.schoolscope.shared.AcademicYear;

/**
 * What a Stage 1 letter tells the school. Until the year's list is agreed, a letter is a draft from the assessment's
 * proposal, for officers to check, and cannot be sent; once agreed, it says what the council and the partner agreed
 * (a priority in a category, or not a priority, at a visit or otherwise) and on which day.
 */
public record Stage1Decision(AcademicYear year, Optional<LocalDate> agreedOn, boolean priority, String category,
        Optional<LocalDate> visitedOn) {

    public Stage1Decision {
        category = category == null ? "" : category;
    }

    static Stage1Decision draft(AcademicYear year, Placement placement) {
        return new Stage1Decision(year, Optional.empty(), placement.priority(), placement.category(),
                Optional.empty());
    }

    static Stage1Decision agreed(AgreedList list, LocalDate agreedOn, AgreedList.Outcome outcome) {
        return new Stage1Decision(list.year(), Optional.of(agreedOn), outcome.priority(), outcome.category(),
                outcome.priority() ? Optional.empty() : outcome.visitedOn());
    }

    public boolean agreed() {
        return agreedOn.isPresent();
    }

    /** "3 December 2026", as the letter prints the day the list was agreed. */
    public String agreedOnText() {
        return agreedOn.map(Letters::date).orElse("");
    }

    public String visitedOnText() {
        return visitedOn.map(Letters::date).orElse("");
    }
}
