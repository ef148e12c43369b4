package org.schoolscope.scorecard.plan;

import java.time.LocalDate;
import java.util.List;

/** A plan to store: its outcomes (or themes), their actions and milestones, in order. */
public record NewPlan(String title, String period, String source, boolean example, List<NewOutcome> outcomes) {

    public NewPlan {
        outcomes = List.copyOf(outcomes);
    }

    public record NewOutcome(String title, String summary, List<String> indicators, List<NewAction> actions) {

        public NewOutcome {
            indicators = List.copyOf(indicators);
            actions = List.copyOf(actions);
        }
    }

    public record NewAction(String text, String lead, String evaluation, List<String> indicators,
            List<NewMilestone> milestones) {

        public NewAction {
            indicators = List.copyOf(indicators);
            milestones = List.copyOf(milestones);
        }
    }

    public record NewMilestone(String text, LocalDate dueOn) {
    }
}
