package org.schoolscope.register.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schoolscope.register.SchoolFacts;

/**
 * What recording one file's facts does to one school: the rule that newer files set the current picture while
 * older files only fill in history, and that history grows only when the facts differ from the row in effect.
 *
 * @param newPicture the current picture to store, or null when it stays as it is
 * @param newHistory the history row to add, or null when the facts match the row in effect at that date
 */
public record SchoolChange(boolean newSchool, SchoolPicture newPicture, SchoolHistoryEntry newHistory) {

    /**
     * @param current the school's current picture, or null if the register has never seen it
     * @param history the school's history, oldest first
     */
    public static SchoolChange of(SchoolPicture current, List<SchoolHistoryEntry> history, SchoolFacts facts,
            LocalDate asAt) {
        if (current == null) {
            SchoolPicture picture = SchoolPicture.of(facts);
            return new SchoolChange(true, picture, picture.historyEntry(asAt));
        }
        Optional<SchoolHistoryEntry> inEffect = history.stream().filter(h -> !h.asAt().isAfter(asAt))
                .reduce((first, second) -> second);
        boolean newest = history.isEmpty() || !asAt.isBefore(history.get(history.size() - 1).asAt());
        if (newest) {
            SchoolPicture updated = current.updatedWith(facts);
            SchoolHistoryEntry entry = updated.historyEntry(asAt);
            return new SchoolChange(false, updated.equals(current) ? null : updated,
                    entry.sameFactsAs(inEffect.orElse(null)) ? null : entry);
        }
        SchoolPicture then = inEffect.map(h -> h.asPicture(facts.urn()).updatedWith(facts))
                .orElseGet(() -> SchoolPicture.of(facts));
        SchoolHistoryEntry entry = then.historyEntry(asAt);
        return new SchoolChange(false, null, entry.sameFactsAs(inEffect.orElse(null)) ? null : entry);
    }

    public boolean changesAnything() {
        return newPicture != null || newHistory != null;
    }
}
