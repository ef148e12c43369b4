package org.schoolscope.scorecard.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What the plan pages show: read-only records, public for the templates. */
public final class PlanViews {

    private PlanViews() {
    }

    /** A plan in the list: its outcomes and actions counted. */
    public record PlanSummary(long id, String title, String period, String source, boolean example, int outcomes,
            int actions) {
    }

    /** A plan with its outcomes, in the document's order. */
    public record Plan(long id, String title, String period, String source, boolean example, LocalDate today,
            List<Outcome> outcomes) {

        public int actionCount() {
            return outcomes.stream().mapToInt(outcome -> outcome.actions().size()).sum();
        }

        public long overdueCount() {
            return outcomes.stream().flatMap(outcome -> outcome.actions().stream())
                    .flatMap(action -> action.milestones().stream()).filter(Milestone::overdue).count();
        }
    }

    /** An outcome (or theme) and its actions; the indicators the plan attaches to the outcome as a whole. */
    public record Outcome(long id, int position, String title, String summary, List<IndicatorLink> indicators,
            List<Action> actions) {
    }

    /** An action: its lead, linked indicators, milestones, and its updates newest first. */
    public record Action(long id, String text, String lead, String evaluation, List<IndicatorLink> indicators,
            List<Milestone> milestones, List<Update> history) {

        /** The latest update on the action as a whole (not on one of its milestones), or null when none. */
        public Update latest() {
            return history.stream().filter(update -> update.milestoneId() == null).findFirst().orElse(null);
        }
    }

    /**
     * A milestone; overdue when its due date has passed by the service's today and its latest update is not "done".
     * The days overdue count from the due date to today.
     */
    public record Milestone(long id, String text, LocalDate dueOn, Update latest, boolean overdue, long daysOverdue) {
    }

    /** One dated update, as recorded. */
    public record Update(long id, long actionId, Long milestoneId, String milestoneText, LocalDate asOf,
            PlanStatus status, String commentary, String evidence, String recordedBy, LocalDateTime recordedAt) {
    }

    /** An indicator of the catalogue by its code, with its name when the catalogue in use has it. */
    public record IndicatorLink(String code, String name) {
    }
}
