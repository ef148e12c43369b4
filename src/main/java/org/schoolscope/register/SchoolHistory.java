package org.schoolscope.register;

import java.time.LocalDate;
import java.util.List;
import org.schoolscope.shared.Urn;

/**
 * A school's state over time as the register derives it, every file's account of it, and the evidence that disagrees
 * with the answer given.
 *
 * @param periods consecutive stretches in which status, type and phase stayed the same, oldest first
 * @param accounts what each file said of the school, oldest first
 */
public record SchoolHistory(Urn urn, List<Period> periods, List<Evidence> accounts, List<String> conflicts,
        List<SchoolLinked> successors, List<SchoolLinked> predecessors) {

    public SchoolHistory {
        periods = List.copyOf(periods);
        accounts = List.copyOf(accounts);
        conflicts = List.copyOf(conflicts);
        successors = List.copyOf(successors);
        predecessors = List.copyOf(predecessors);
    }

    /**
     * @param until the last day of the stretch, or null when it lasts to today
     * @param evidence the evidence that decided the status when the stretch began
     */
    public record Period(LocalDate from, LocalDate until, SchoolStatus status, String typeName, String phaseName,
            Evidence evidence) {
    }
}
