package org.schoolscope.scorecard.web;

import java.util.List;
import org.schoolscope.scorecard.domain.Status;
import org.schoolscope.shared.StatedReasons;
import org.schoolscope.shared.TextLimits;
import org.schoolscope.web.FormProblems;

/**
 * What an officer posts to set an indicator's status in a period against the computed one: the period, the status
 * ({@code GREEN}, {@code AMBER} or {@code RED}) and the written reason. Checked here, each problem in words.
 */
public record StatusOverrideForm(String period, String status, String reason) {

    static final List<Status> CHOICES = List.of(Status.GREEN, Status.AMBER, Status.RED);

    static StatusOverrideForm empty() {
        return new StatusOverrideForm(null, null, null);
    }

    /** {@code computed} is the status the rules give the period chosen, when it is one that may be chosen. */
    FormProblems problems(List<String> periods, Status computed) {
        FormProblems problems = new FormProblems();
        boolean periodAllowed = period != null && periods.contains(period);
        if (!periodAllowed) {
            problems.add("override-period", "Choose a period that has begun");
        }
        Status chosen = chosen();
        if (chosen == null) {
            problems.add("override-status", "Choose the status to set");
        } else if (periodAllowed && chosen == computed) {
            problems.add("override-status", "The computed status is already " + computed.words()
                    + ": choose a different status");
        }
        if (reason == null || reason.isBlank()) {
            problems.add("override-reason", "Enter why you are setting the status");
        } else if (!TextLimits.within(reason, TextLimits.FREE_TEXT)) {
            problems.add("override-reason", "The reason must be 5,000 characters or fewer");
        } else if (!StatedReasons.meaningful(reason)) {
            problems.add("override-reason", "Write the reason in at least 3 words, saying why, as the board would"
                    + " read it");
        }
        return problems;
    }

    /** The status chosen, or null when none of the choices was. */
    Status chosen() {
        return CHOICES.stream().filter(choice -> choice.name().equals(status)).findFirst().orElse(null);
    }

    public List<Status> choices() {
        return CHOICES;
    }
}
