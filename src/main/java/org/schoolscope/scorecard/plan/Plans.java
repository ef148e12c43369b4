package org.schoolscope.scorecard.plan;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.schoolscope.scorecard.IndicatorCatalogue;
import org.schoolscope.scorecard.domain.Indicator;
import org.schoolscope.scorecard.plan.NewPlan.NewAction;
import org.schoolscope.scorecard.plan.NewPlan.NewMilestone;
import org.schoolscope.scorecard.plan.NewPlan.NewOutcome;
import org.schoolscope.scorecard.plan.PlanViews.Action;
import org.schoolscope.scorecard.plan.PlanViews.IndicatorLink;
import org.schoolscope.scorecard.plan.PlanViews.Milestone;
import org.schoolscope.scorecard.plan.PlanViews.Outcome;
import org.schoolscope.scorecard.plan.PlanViews.Plan;
import org.schoolscope.scorecard.plan.PlanViews.PlanSummary;
import org.schoolscope.scorecard.plan.PlanViews.Update;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's improvement plans: stored whole (the example, or an imported plan), milestones added, and progress
 * recorded as dated updates that are never changed; each change is audited in its own transaction. Today, for what
 * is overdue and what is in the future, is the service's clock's.
 */
@Service
public class Plans {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final IndicatorCatalogue catalogue;

    Plans(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, IndicatorCatalogue catalogue) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.catalogue = catalogue;
    }

    /** Every plan, newest first. */
    public List<PlanSummary> list() {
        return jdbc.sql("""
                select p.id, p.title, p.period, p.source, p.example,
                    (select count(*) from improvement_plan_outcome o where o.plan_id = p.id) as outcomes,
                    (select count(*) from improvement_plan_action a join improvement_plan_outcome o
                        on o.id = a.outcome_id where o.plan_id = p.id) as actions
                from improvement_plan p order by p.created_at desc, p.id desc""")
                .query((row, n) -> new PlanSummary(row.getLong("id"), row.getString("title"),
                        row.getString("period"), row.getString("source"), row.getBoolean("example"),
                        row.getInt("outcomes"), row.getInt("actions")))
                .list();
    }

    /** Stores the example plan, unless one is stored already; returns its id either way. */
    @Transactional
    public long loadExampleIfAbsent(String actor) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('scorecard'), hashtext('improvement_plan'))")
                .query(Object.class).list();
        Optional<Long> stored = jdbc.sql("select id from improvement_plan where example order by id limit 1")
                .query(Long.class).optional();
        return stored.orElseGet(() -> create(ExamplePlan.read(), actor));
    }

    /** Stores a plan whole, with its outcomes, actions and milestones. */
    @Transactional
    public long create(NewPlan plan, String actor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long planId = jdbc.sql("""
                insert into improvement_plan (title, period, source, example, created_by, created_at)
                values (:title, :period, :source, :example, :actor, :now) returning id""")
                .param("title", plan.title()).param("period", plan.period()).param("source", plan.source())
                .param("example", plan.example()).param("actor", actor).param("now", Timestamp.from(now))
                .query(Long.class).single();
        int actions = 0;
        int outcomePosition = 0;
        for (NewOutcome outcome : plan.outcomes()) {
            long outcomeId = jdbc.sql("""
                    insert into improvement_plan_outcome (plan_id, position, title, summary, indicator_codes)
                    values (:plan, :position, :title, :summary, string_to_array(:codes, '|')) returning id""")
                    .param("plan", planId).param("position", ++outcomePosition).param("title", outcome.title())
                    .param("summary", outcome.summary()).param("codes", String.join("|", outcome.indicators()))
                    .query(Long.class).single();
            int actionPosition = 0;
            for (NewAction action : outcome.actions()) {
                long actionId = jdbc.sql("""
                        insert into improvement_plan_action (outcome_id, position, text, lead, evaluation,
                            indicator_codes)
                        values (:outcome, :position, :text, :lead, :evaluation, string_to_array(:codes, '|'))
                        returning id""")
                        .param("outcome", outcomeId).param("position", ++actionPosition).param("text", action.text())
                        .param("lead", action.lead()).param("evaluation", action.evaluation())
                        .param("codes", String.join("|", action.indicators())).query(Long.class).single();
                actions++;
                int milestonePosition = 0;
                for (NewMilestone milestone : action.milestones()) {
                    insertMilestone(actionId, ++milestonePosition, milestone.text(), milestone.dueOn());
                }
            }
        }
        events.publishEvent(new PlanChanged(actor, "create", "improvement-plan", String.valueOf(planId),
                "Created the plan \"" + plan.title() + "\" (" + plan.period() + ") with " + plan.outcomes().size()
                        + " outcomes and " + actions + " actions"));
        return planId;
    }

    /** Adds a milestone to an action, after its others. */
    @Transactional
    public long addMilestone(long actionId, String text, LocalDate dueOn, String actor) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A milestone says what is to be done");
        }
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from improvement_plan_milestone"
                + " where action_id = :action").param("action", actionId).query(Integer.class).single();
        long id = insertMilestone(actionId, position, text.trim(), dueOn);
        events.publishEvent(new PlanChanged(actor, "create", "improvement-plan-milestone", String.valueOf(id),
                "Added a milestone to plan action " + actionId + (dueOn == null ? "" : ", due " + dueOn)));
        return id;
    }

    /**
     * Records a dated update on an action, or on one of its milestones. The date may not be after today; the
     * milestone, when given, must be the action's.
     */
    @Transactional
    public long recordUpdate(long actionId, Long milestoneId, LocalDate asOf, PlanStatus status, String commentary,
            String evidence, String actor) {
        if (asOf == null || asOf.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("An update's date is today or earlier");
        }
        if (status == null || commentary == null || commentary.isBlank()) {
            throw new IllegalArgumentException("An update has a status and commentary");
        }
        if (milestoneId != null && !jdbc.sql("select exists (select 1 from improvement_plan_milestone"
                + " where id = :milestone and action_id = :action)").param("milestone", milestoneId)
                .param("action", actionId).query(Boolean.class).single()) {
            throw new IllegalArgumentException("The milestone is not one of the action's");
        }
        long id = jdbc.sql("""
                insert into improvement_plan_update (action_id, milestone_id, as_of, status, commentary, evidence,
                    recorded_by, recorded_at)
                values (:action, :milestone, :asOf, :status, :commentary, :evidence, :actor, :now) returning id""")
                .param("action", actionId).param("milestone", milestoneId).param("asOf", asOf)
                .param("status", status.name()).param("commentary", commentary.trim())
                .param("evidence", evidence == null || evidence.isBlank() ? null : evidence.trim())
                .param("actor", actor)
                .param("now", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .query(Long.class).single();
        events.publishEvent(new PlanChanged(actor, "create", "improvement-plan-update", String.valueOf(id),
                "Recorded progress on plan action " + actionId + (milestoneId == null ? "" : ", milestone "
                        + milestoneId) + " as at " + asOf + ": " + status.words()));
        return id;
    }

    /** The plan an action is part of. */
    public Optional<Long> planOfAction(long actionId) {
        return jdbc.sql("""
                select o.plan_id from improvement_plan_action a join improvement_plan_outcome o on o.id = a.outcome_id
                where a.id = :action""").param("action", actionId).query(Long.class).optional();
    }

    /** A plan with its outcomes, actions, milestones and updates, judged against today. */
    public Optional<Plan> find(long id) {
        Optional<PlanSummary> head = jdbc.sql("""
                select id, title, period, source, example from improvement_plan where id = :id""").param("id", id)
                .query((row, n) -> new PlanSummary(row.getLong("id"), row.getString("title"),
                        row.getString("period"), row.getString("source"), row.getBoolean("example"), 0, 0))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, String> names = catalogue.latest().indicators().stream()
                .collect(Collectors.toMap(Indicator::code, Indicator::name, (a, b) -> a));
        Map<Long, List<Update>> updates = jdbc.sql("""
                select u.id, u.action_id, u.milestone_id, m.text as milestone_text, u.as_of, u.status,
                    u.commentary, u.evidence, u.recorded_by, u.recorded_at
                from improvement_plan_update u
                join improvement_plan_action a on a.id = u.action_id
                join improvement_plan_outcome o on o.id = a.outcome_id
                left join improvement_plan_milestone m on m.id = u.milestone_id
                where o.plan_id = :plan
                order by u.as_of desc, u.recorded_at desc, u.id desc""").param("plan", id)
                .query(this::update).list().stream()
                .collect(Collectors.groupingBy(Update::actionId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<Milestone>> milestones = new LinkedHashMap<>();
        jdbc.sql("""
                select m.id, m.action_id, m.text, m.due_on
                from improvement_plan_milestone m
                join improvement_plan_action a on a.id = m.action_id
                join improvement_plan_outcome o on o.id = a.outcome_id
                where o.plan_id = :plan order by m.action_id, m.position""").param("plan", id).query(row -> {
                    long actionId = row.getLong("action_id");
                    long milestoneId = row.getLong("id");
                    LocalDate due = row.getObject("due_on", LocalDate.class);
                    Update latest = updates.getOrDefault(actionId, List.of()).stream()
                            .filter(update -> update.milestoneId() != null && update.milestoneId() == milestoneId)
                            .findFirst().orElse(null);
                    boolean overdue = due != null && due.isBefore(today)
                            && (latest == null || latest.status() != PlanStatus.DONE);
                    milestones.computeIfAbsent(actionId, key -> new ArrayList<>()).add(new Milestone(milestoneId,
                            row.getString("text"), due, latest, overdue,
                            overdue ? ChronoUnit.DAYS.between(due, today) : 0));
                });
        Map<Long, List<Action>> actions = new LinkedHashMap<>();
        jdbc.sql("""
                select a.id, a.outcome_id, a.text, a.lead, a.evaluation, a.indicator_codes
                from improvement_plan_action a join improvement_plan_outcome o on o.id = a.outcome_id
                where o.plan_id = :plan order by a.outcome_id, a.position""").param("plan", id).query(row -> {
                    long actionId = row.getLong("id");
                    actions.computeIfAbsent(row.getLong("outcome_id"), key -> new ArrayList<>()).add(new Action(
                            actionId, row.getString("text"), row.getString("lead"), row.getString("evaluation"),
                            links(row, names), milestones.getOrDefault(actionId, List.of()),
                            updates.getOrDefault(actionId, List.of())));
                });
        List<Outcome> outcomes = jdbc.sql("""
                select id, position, title, summary, indicator_codes from improvement_plan_outcome
                where plan_id = :plan order by position""").param("plan", id)
                .query((row, n) -> new Outcome(row.getLong("id"), row.getInt("position"), row.getString("title"),
                        row.getString("summary"), links(row, names),
                        actions.getOrDefault(row.getLong("id"), List.of())))
                .list();
        PlanSummary plan = head.get();
        return Optional.of(new Plan(plan.id(), plan.title(), plan.period(), plan.source(), plan.example(), today,
                outcomes));
    }

    private long insertMilestone(long actionId, int position, String text, LocalDate dueOn) {
        return jdbc.sql("""
                insert into improvement_plan_milestone (action_id, position, text, due_on)
                values (:action, :position, :text, :due) returning id""").param("action", actionId)
                .param("position", position).param("text", text).param("due", dueOn).query(Long.class).single();
    }

    private static List<IndicatorLink> links(ResultSet row, Map<String, String> names) throws SQLException {
        Array array = row.getArray("indicator_codes");
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((String[]) array.getArray()).map(code -> new IndicatorLink(code, names.get(code)))
                .toList();
    }

    private Update update(ResultSet row, int n) throws SQLException {
        return new Update(row.getLong("id"), row.getLong("action_id"), row.getObject("milestone_id", Long.class),
                row.getString("milestone_text"), row.getObject("as_of", LocalDate.class),
                PlanStatus.valueOf(row.getString("status")), row.getString("commentary"), row.getString("evidence"),
                row.getString("recorded_by"),
                LocalDateTime.ofInstant(row.getTimestamp("recorded_at").toInstant(), clock.getZone()));
    }
}
