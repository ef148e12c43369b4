package org.schoolscope.improvement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.StatedReasons;
import org.schoolscope.shared.Urn;

/**
 * A school's improvement case for one academic year, derived from its timeline alone. It answers where the school
 * stands (on the list or not, its partner, plan, actions, warning notice) and refuses any step the cycle does not
 * allow next, with a message that says why: a plan before the school is on the list, a warning notice without the
 * Director's decision, a removal without seed 004's rule met or a stated reason.
 */
public final class ImprovementCase {

    private final Urn urn;
    private final AcademicYear year;
    private final boolean listedLastYear;
    private final List<ImprovementEvent> events;

    private CaseStatus status = CaseStatus.NOT_LISTED;
    private boolean carryForwardReviewed;
    private boolean firstTimeVulnerable;
    private String visitOutcome;
    private LocalDate visitedOn;
    private ImprovementEvent takenOff;
    private String category = "";
    private List<String> suggestedPriorities = List.of();
    private String partner;
    private String partnerUser;
    private final Set<Long> withdrawn = new java.util.HashSet<>();
    private LocalDate planDue;
    private ImprovementEvent plan;
    private final Map<Long, PlanAction> actions = new LinkedHashMap<>();
    private Rag rag;
    private LocalDate lastVisit;
    private boolean selfReported;
    private ImprovementEvent lastRecommendation;
    private boolean removalRecommended;
    private NoticeState notice = NoticeState.NONE;
    private ImprovementEvent noticeIssued;
    private String latestInspectionOutcome;
    private boolean furtherSupportIndicated;
    private boolean inspectionAwaitingBoard;

    private ImprovementCase(Urn urn, AcademicYear year, boolean listedLastYear, List<ImprovementEvent> events) {
        this.urn = urn;
        this.year = year;
        this.listedLastYear = listedLastYear;
        this.events = List.copyOf(events);
    }

    /**
     * Folds the school's events of the year, oldest first. {@code listedLastYear} says whether the school ended the
     * previous year on the list, which decides whether it may be carried forward.
     */
    public static ImprovementCase of(Urn urn, AcademicYear year, List<ImprovementEvent> events,
            boolean listedLastYear) {
        List<ImprovementEvent> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparingLong(ImprovementEvent::id));
        ImprovementCase improvementCase = new ImprovementCase(urn, year, listedLastYear, ordered);
        for (ImprovementEvent event : ordered) {
            if (!event.urn().equals(urn) || !event.year().equals(year)) {
                throw new IllegalArgumentException("Event " + event.id() + " is not of school " + urn + " in " + year);
            }
            if (event.type() == StepType.STEP_WITHDRAWN) {
                improvementCase.withdrawn.add(Long.parseLong(event.detail(Details.WITHDRAWN_EVENT)));
            }
        }
        for (ImprovementEvent event : improvementCase.counted()) {
            improvementCase.apply(event);
        }
        return improvementCase;
    }

    private void apply(ImprovementEvent event) {
        switch (event.type()) {
            case PROPOSED -> {
                status = CaseStatus.PROPOSED;
                category = event.detail(Details.CATEGORY);
                firstTimeVulnerable = Details.YES.equals(event.detail(Details.FIRST_TIME_VULNERABLE));
                suggestedPriorities = lines(event.detail(Details.PRIORITIES));
            }
            case CARRY_FORWARD_REVIEWED -> {
                carryForwardReviewed = true;
                if (Details.PRIORITY.equals(event.detail(Details.DECISION))) {
                    status = CaseStatus.PROPOSED;
                    firstTimeVulnerable = false;
                } else if (status == CaseStatus.NOT_LISTED) {
                    status = CaseStatus.NOT_A_PRIORITY;
                }
            }
            case VULNERABILITY_VISIT -> {
                visitOutcome = event.detail(Details.OUTCOME);
                visitedOn = date(event.detail(Details.VISIT_DATE));
                if (Details.NOT_A_PRIORITY.equals(visitOutcome)) {
                    status = CaseStatus.NOT_A_PRIORITY;
                }
            }
            case TAKEN_OFF_PROPOSED_LIST -> {
                status = CaseStatus.TAKEN_OFF;
                takenOff = event;
            }
            case PUT_BACK_ON_PROPOSED_LIST -> {
                status = CaseStatus.PROPOSED;
                takenOff = null;
            }
            case LIST_AGREED -> {
                status = CaseStatus.LISTED;
                planDue = date(event.detail(Details.PLAN_DUE));
            }
            case PARTNER_ALLOCATED -> {
                partner = event.detail(Details.PARTNER);
                partnerUser = event.detail(Details.PARTNER_USER);
            }
            case SELF_REPORTED -> selfReported = true;
            case PLAN_AGREED -> plan = event;
            case ACTION_ADDED -> actions.put(event.id(), new PlanAction(event.id(), event.detail(Details.ACTION),
                    event.detail(Details.OWNER), event.detail(Details.RESOURCES), date(event.detail(Details.DUE)),
                    ActionStatus.NOT_STARTED));
            case ACTION_UPDATED -> {
                long actionId = Long.parseLong(event.detail(Details.ACTION));
                actions.computeIfPresent(actionId, (id, action) -> action
                        .withStatus(ActionStatus.valueOf(event.detail(Details.STATUS))));
            }
            case PROGRESS_REVIEWED -> rag = Rag.valueOf(event.detail(Details.RAG));
            case PARTNER_VISIT -> lastVisit = date(event.detail(Details.VISIT_DATE));
            case BOARD_RECOMMENDATION -> applyRecommendation(event);
            case DCS_DECISION -> notice = Details.APPROVED.equals(event.detail(Details.DECISION))
                    ? NoticeState.APPROVED : NoticeState.DECLINED;
            case WARNING_NOTICE_ISSUED -> {
                notice = NoticeState.ISSUED;
                noticeIssued = event;
            }
            case COMPLIANCE_REVIEWED -> {
                // Recorded on the timeline; the notice stays open until it is closed.
            }
            case NOTICE_CLOSED -> notice = NoticeState.CLOSED;
            case CONCERN_MEETING, ESCALATION -> {
                // Recorded on the timeline; they do not change where the school stands.
            }
            case INSPECTION_ATTENDED -> {
                latestInspectionOutcome = event.detail(Details.OUTCOME);
                furtherSupportIndicated = Details.YES.equals(event.detail(Details.FURTHER_SUPPORT));
                inspectionAwaitingBoard = true;
            }
            case INSPECTION_IMPORTED -> {
                latestInspectionOutcome = event.detail(Details.OUTCOME);
                inspectionAwaitingBoard = true;
            }
            case REMOVED -> status = CaseStatus.REMOVED;
            case STEP_WITHDRAWN -> {
                // Never counted: it takes another step out of the count (see of()).
            }
        }
    }

    /** The steps that count, oldest first: every step but withdrawals and the steps they withdrew. */
    private List<ImprovementEvent> counted() {
        return events.stream().filter(event -> event.type() != StepType.STEP_WITHDRAWN)
                .filter(event -> !withdrawn.contains(event.id())).toList();
    }

    /** Whether a later withdrawal took this step out of the count; it stays on the timeline. */
    public boolean isWithdrawn(ImprovementEvent event) {
        return withdrawn.contains(event.id());
    }

    /**
     * The step a withdrawal would withdraw: the latest that counts, if it is one a person recorded for this school
     * alone (the list's proposal and agreement, and imported inspections, are not withdrawn one school at a time).
     */
    public Optional<ImprovementEvent> withdrawable() {
        List<ImprovementEvent> counted = counted();
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        ImprovementEvent latest = counted.get(counted.size() - 1);
        return EnumSet.of(StepType.PROPOSED, StepType.LIST_AGREED, StepType.INSPECTION_IMPORTED)
                .contains(latest.type()) ? Optional.empty() : Optional.of(latest);
    }

    /** The username of the priority partner allocated, when the partner is a user. */
    public Optional<String> partnerUser() {
        return Optional.ofNullable(partnerUser);
    }

    private void applyRecommendation(ImprovementEvent event) {
        lastRecommendation = event;
        inspectionAwaitingBoard = false;
        selfReported = false;
        Recommendation recommendation = Recommendation.valueOf(event.detail(Details.RECOMMENDATION));
        removalRecommended = recommendation == Recommendation.REMOVE;
        switch (recommendation) {
            case ADD -> {
                status = CaseStatus.LISTED;
                planDue = null;
            }
            case WARNING_NOTICE -> notice = NoticeState.RECOMMENDED;
            case KEEP, REMOVE, CHANGE_SUPPORT, LETTER_OF_CONCERN -> {
                // The board's rationale is on the timeline; the school stays where it is until acted upon.
            }
        }
    }

    /** Why the step may not be taken now, or empty when it may. Looks at where the case stands, not the form. */
    public Optional<String> refusal(StepType type) {
        boolean listed = status == CaseStatus.LISTED;
        String notListed = "School " + urn + " is not on the agreed list for " + year
                + ", so this step cannot be taken yet.";
        return switch (type) {
            case PROPOSED -> status == CaseStatus.NOT_LISTED ? none()
                    : refuse("School " + urn + " is already on the " + year + " list or was considered for it.");
            case CARRY_FORWARD_REVIEWED -> !listedLastYear
                    ? refuse("School " + urn + " was not on the list at the end of " + year.previous()
                            + ", so there is nothing to carry forward.")
                    : carryForwardReviewed ? refuse("School " + urn + "'s carry-forward review for " + year
                            + " is already recorded.")
                    : status == CaseStatus.NOT_LISTED || status == CaseStatus.PROPOSED ? none()
                    : refuse("School " + urn + "'s place on the " + year + " list is already decided.");
            case VULNERABILITY_VISIT -> status != CaseStatus.PROPOSED
                    ? refuse("A vulnerability visit is for a school on the proposed list; school " + urn + " is not.")
                    : !firstTimeVulnerable ? refuse("School " + urn + " is not vulnerable for the first time, so "
                            + "no vulnerability visit is needed.")
                    : visitOutcome != null ? refuse("The vulnerability visit to school " + urn
                            + " is already recorded.")
                    : none();
            case TAKEN_OFF_PROPOSED_LIST -> status == CaseStatus.PROPOSED ? none()
                    : refuse("Only a school on the proposed list can be taken off it, before the list is agreed;"
                            + " school " + urn + " is not on the proposed " + year + " list.");
            case PUT_BACK_ON_PROPOSED_LIST -> status == CaseStatus.TAKEN_OFF ? none()
                    : refuse("Only a school taken off the proposed list can be put back on it; school " + urn
                            + " was not taken off the " + year + " list.");
            case LIST_AGREED -> status != CaseStatus.PROPOSED
                    ? refuse("Only a school on the proposed list can be agreed onto the list; school " + urn
                            + " is not.")
                    : firstTimeVulnerable && visitOutcome == null
                            ? refuse("School " + urn + " is vulnerable for the first time: record the visit to "
                                    + "discuss it with the head before agreeing the list.")
                    : none();
            case PARTNER_ALLOCATED, CONCERN_MEETING, ESCALATION, INSPECTION_ATTENDED -> listed ? none()
                    : refuse(notListed);
            case SELF_REPORTED -> status == CaseStatus.NOT_LISTED || status == CaseStatus.NOT_A_PRIORITY
                    || status == CaseStatus.REMOVED || status == CaseStatus.TAKEN_OFF ? none()
                    : refuse("School " + urn + " is already on the " + year + " list or proposed for it.");
            case PLAN_AGREED -> !listed ? refuse("An action plan needs the school on the agreed list first: school "
                    + urn + " is not on the " + year + " list.")
                    : partner == null ? refuse("Allocate a priority partner to school " + urn
                            + " before agreeing its action plan.")
                    : none();
            case ACTION_ADDED, PROGRESS_REVIEWED -> !listed ? refuse(notListed)
                    : plan == null ? refuse("Agree school " + urn + "'s action plan before adding actions or "
                            + "rating progress.")
                    : none();
            case ACTION_UPDATED -> !listed ? refuse(notListed)
                    : actions.isEmpty() ? refuse("School " + urn + "'s plan has no actions to update.") : none();
            case PARTNER_VISIT -> !listed ? refuse(notListed)
                    : partner == null ? refuse("School " + urn + " has no priority partner to visit it yet.")
                    : none();
            case BOARD_RECOMMENDATION -> status == CaseStatus.REMOVED
                    ? refuse("School " + urn + " has been removed from the " + year + " list.") : none();
            case DCS_DECISION -> notice == NoticeState.RECOMMENDED ? none()
                    : refuse("The Director of Children's Services decides on a warning notice the board has "
                            + "recommended; there is no such recommendation awaiting a decision for school " + urn
                            + ".");
            case WARNING_NOTICE_ISSUED -> notice == NoticeState.APPROVED ? none()
                    : notice == NoticeState.RECOMMENDED
                            ? refuse("A warning notice to school " + urn + " needs the Director of Children's "
                                    + "Services' decision first.")
                    : refuse("A warning notice needs the board's recommendation and the Director of Children's "
                            + "Services' decision to issue it; school " + urn + " has neither awaiting a notice.");
            case COMPLIANCE_REVIEWED, NOTICE_CLOSED -> notice == NoticeState.ISSUED ? none()
                    : refuse("School " + urn + " has no open warning notice.");
            case INSPECTION_IMPORTED -> status == CaseStatus.NOT_LISTED ? refuse(notListed) : none();
            case STEP_WITHDRAWN -> withdrawable().isPresent() ? none()
                    : refuse("School " + urn + " has no step of " + year + " that can be withdrawn: only the latest"
                            + " step recorded for the school alone can be.");
            case REMOVED -> !listed ? refuse(notListed)
                    : !removalRecommended ? refuse("Removal from the list follows the advisory board's "
                            + "recommendation to remove; the board's latest recommendation for school " + urn
                            + " is not that.")
                    : notice == NoticeState.ISSUED ? refuse("School " + urn
                            + " has an open warning notice: close it before removing the school from the list.")
                    : none();
        };
    }

    /**
     * Checks the step against the case and its details, throwing with the reason when the cycle does not allow it.
     * A removal needs seed 004's rule met (see {@link RemovalRule}) or a stated reason.
     */
    public void check(StepType type, Map<String, String> details, String statedReason) {
        Optional<String> refused = refusal(type);
        if (refused.isPresent()) {
            throw new StepRefusedException(refused.get());
        }
        if (type == StepType.REMOVED && !removalRuleMet() && (statedReason == null || statedReason.isBlank())) {
            throw new StepRefusedException("School " + urn + " does not meet the rule for removal (" + RemovalRule.STATEMENT
                    + "): state the reason for removing it.");
        }
        if ((type == StepType.TAKEN_OFF_PROPOSED_LIST || type == StepType.PUT_BACK_ON_PROPOSED_LIST)
                && !StatedReasons.meaningful(statedReason)) {
            throw new StepRefusedException("Say why, in at least " + StatedReasons.MINIMUM_WORDS + " words: whoever"
                    + " reads the timeline later needs the reason.");
        }
        if (type == StepType.STEP_WITHDRAWN) {
            if (statedReason == null || statedReason.isBlank()) {
                throw new StepRefusedException("Say why the step is withdrawn.");
            }
            if (!withdrawable().map(event -> Long.toString(event.id())).orElse("")
                    .equals(details.get(Details.WITHDRAWN_EVENT))) {
                throw new StepRefusedException("Only the latest step of school " + urn + " can be withdrawn.");
            }
        }
        if (type == StepType.ACTION_UPDATED) {
            String action = details.getOrDefault(Details.ACTION, "");
            if (!action.matches("\\d+") || !actions.containsKey(Long.parseLong(action))) {
                throw new StepRefusedException("That action is not on school " + urn + "'s plan.");
            }
        }
        if (type == StepType.BOARD_RECOMMENDATION) {
            Recommendation recommendation = Recommendation.valueOf(details.get(Details.RECOMMENDATION));
            boolean onList = status == CaseStatus.LISTED;
            if (recommendation == Recommendation.ADD && onList) {
                throw new StepRefusedException("School " + urn + " is already on the " + year + " list.");
            }
            if (recommendation != Recommendation.ADD && !onList) {
                throw new StepRefusedException("The board can only recommend adding school " + urn
                        + ": it is not on the " + year + " list.");
            }
            if (recommendation == Recommendation.WARNING_NOTICE
                    && (notice == NoticeState.RECOMMENDED || notice == NoticeState.APPROVED
                            || notice == NoticeState.ISSUED)) {
                throw new StepRefusedException("A warning notice for school " + urn + " is already in hand.");
            }
        }
    }

    /** The steps the cycle allows next, in the order of {@link StepType}. */
    public List<StepType> nextSteps() {
        Set<StepType> allowed = EnumSet.noneOf(StepType.class);
        for (StepType type : StepType.values()) {
            if (refusal(type).isEmpty()) {
                allowed.add(type);
            }
        }
        allowed.remove(StepType.INSPECTION_IMPORTED);
        return List.copyOf(allowed);
    }

    public boolean removalRuleMet() {
        return RemovalRule.isMet(latestInspectionOutcome, furtherSupportIndicated);
    }

    /** Plain-English stage for the dashboard, from where the case stands. */
    public String stage() {
        return switch (status) {
            case NOT_LISTED -> selfReported ? "Self-reported: awaiting the board" : "Not on the list";
            case PROPOSED -> "Stage 1: proposed";
            case TAKEN_OFF -> "Taken off the proposed list";
            case NOT_A_PRIORITY -> "Not a priority this year";
            case REMOVED -> "Removed from the list";
            case LISTED -> notice == NoticeState.ISSUED ? "Stage 3: warning notice"
                    : plan == null ? "Stage 1: on the list" : "Stage 2: action plan";
        };
    }

    public boolean planOverdue(LocalDate today) {
        return status == CaseStatus.LISTED && plan == null && planDue != null && planDue.isBefore(today);
    }

    public List<PlanAction> overdueActions(LocalDate today) {
        return actions.values().stream().filter(action -> action.isOverdue(today)).toList();
    }

    public boolean complianceOverdue(LocalDate today) {
        LocalDate complyBy = noticeIssued == null ? null : date(noticeIssued.detail(Details.COMPLY_BY));
        return notice == NoticeState.ISSUED && complyBy != null && complyBy.isBefore(today);
    }

    /** Overdue items: the plan, each open action past its date, and a notice past its compliance period. */
    public int overdueCount(LocalDate today) {
        return (planOverdue(today) ? 1 : 0) + overdueActions(today).size() + (complianceOverdue(today) ? 1 : 0);
    }

    /** Whether the next board should look at the school: newly flagged, self-reported or newly inspected. */
    public boolean needsBoard() {
        return status == CaseStatus.PROPOSED || selfReported || inspectionAwaitingBoard;
    }

    public Urn urn() {
        return urn;
    }

    public AcademicYear year() {
        return year;
    }

    public List<ImprovementEvent> events() {
        return events;
    }

    public CaseStatus status() {
        return status;
    }

    public boolean isListed() {
        return status == CaseStatus.LISTED;
    }

    public boolean isFirstTimeVulnerable() {
        return firstTimeVulnerable;
    }

    public String category() {
        return category;
    }

    public List<String> suggestedPriorities() {
        return suggestedPriorities;
    }

    public Optional<String> partner() {
        return Optional.ofNullable(partner);
    }

    public Optional<LocalDate> planDue() {
        return Optional.ofNullable(planDue);
    }

    public Optional<ImprovementEvent> plan() {
        return Optional.ofNullable(plan);
    }

    /** The agreed plan's priorities, in their order, or none before a plan is agreed. */
    public List<String> planPriorities() {
        return plan == null ? List.of() : lines(plan.detail(Details.PRIORITIES));
    }

    public List<PlanAction> actions() {
        return List.copyOf(actions.values());
    }

    public Optional<Rag> rag() {
        return Optional.ofNullable(rag);
    }

    /** The day of the vulnerability visit that agreed the school is not a priority this year, if one did. */
    public Optional<LocalDate> notAPriorityAtVisitOn() {
        return status == CaseStatus.NOT_A_PRIORITY && Details.NOT_A_PRIORITY.equals(visitOutcome)
                ? Optional.ofNullable(visitedOn) : Optional.empty();
    }

    /** The step that took the school off the proposed list, while it stays off; its reason is the step's why. */
    public Optional<ImprovementEvent> takenOff() {
        return Optional.ofNullable(takenOff);
    }

    public Optional<LocalDate> lastVisit() {
        return Optional.ofNullable(lastVisit);
    }

    public boolean isSelfReported() {
        return selfReported;
    }

    public Optional<ImprovementEvent> lastRecommendation() {
        return Optional.ofNullable(lastRecommendation);
    }

    public NoticeState notice() {
        return notice;
    }

    public Optional<String> latestInspectionOutcome() {
        return Optional.ofNullable(latestInspectionOutcome);
    }

    private static Optional<String> none() {
        return Optional.empty();
    }

    private static Optional<String> refuse(String message) {
        return Optional.of(message);
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }
}
