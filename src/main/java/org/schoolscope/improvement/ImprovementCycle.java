package org.schoolscope.improvement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.schoolscope.access.PartnerAccess;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.CategoryOverride;
import org.schoolscope.assessment.PriorityEntry;
import org.schoolscope.assessment.PriorityList;
import org.schoolscope.assessment.PriorityLists;
import org.schoolscope.improvement.domain.CaseStatus;
import org.schoolscope.improvement.domain.Details;
import org.schoolscope.improvement.domain.ImprovementCase;
import org.schoolscope.improvement.domain.ImprovementEvent;
import org.schoolscope.improvement.domain.PlanPriorities;
import org.schoolscope.improvement.domain.Recommendation;
import org.schoolscope.improvement.domain.RemovalRule;
import org.schoolscope.improvement.domain.StepDates;
import org.schoolscope.improvement.domain.StepRefusedException;
import org.schoolscope.improvement.domain.StepType;
import org.schoolscope.improvement.domain.WarningGround;
import org.schoolscope.improvement.persistence.BoardMeetingStore;
import org.schoolscope.improvement.persistence.ImprovementEventStore;
import org.schoolscope.improvement.persistence.SchoolDirectory;
import org.schoolscope.inspection.InspectionRecorded;
import org.schoolscope.inspection.Inspections;
import org.schoolscope.inspection.domain.Inspection;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.TextLimits;
import org.schoolscope.shared.Urn;
import org.schoolscope.web.CouncilProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school improvement cycle (issue 4, seed 004): every step is checked against the school's case, derived from
 * its timeline, appended to the timeline with who, when, what, why and evidence, and published for the audit log and
 * for the letters. Refused steps throw {@link StepRefusedException} with the reason.
 */
@Service
public class ImprovementCycle {

    /** What a proposal records for reasons that come from soft intelligence, as letters say it. */
    static final String OTHER_INFORMATION = "Other information held by the council.";

    private final ImprovementEventStore events;
    private final BoardMeetingStore meetings;
    private final SchoolDirectory schools;
    private final PriorityLists priorityLists;
    private final Inspections inspections;
    private final CouncilProperties council;
    private final ImprovementProperties properties;
    private final PartnerAccess partnerAccess;
    private final ProposedListChanges proposedListChanges;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ImprovementCycle(ImprovementEventStore events, BoardMeetingStore meetings, SchoolDirectory schools,
            PriorityLists priorityLists, Inspections inspections, CouncilProperties council,
            ImprovementProperties properties, PartnerAccess partnerAccess, ProposedListChanges proposedListChanges,
            ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.meetings = meetings;
        this.schools = schools;
        this.priorityLists = priorityLists;
        this.inspections = inspections;
        this.council = council;
        this.properties = properties;
        this.partnerAccess = partnerAccess;
        this.proposedListChanges = proposedListChanges;
        this.publisher = publisher;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public AcademicYear currentYear() {
        return AcademicYear.containing(today());
    }

    /** The list must be agreed, and continuing schools' plans finalised, before October half term starts. */
    public LocalDate deadline(AcademicYear year) {
        return properties.halfTermStarts(year);
    }

    /** Days left before the deadline; negative once it has passed. */
    public long daysToDeadline(AcademicYear year) {
        return ChronoUnit.DAYS.between(today(), deadline(year));
    }

    public List<String> configuredPartners() {
        return properties.partners();
    }

    /**
     * Who may be allocated as a priority partner: the partner users, who then see the school for the year, and the
     * names the council configured for partners without an account.
     */
    @Transactional(readOnly = true)
    public List<PartnerAccess.Partner> partnerUsers() {
        return partnerAccess.partners();
    }

    /** The school's case in the year; not found when the school is not in the register or the viewer may not see it. */
    @Transactional(readOnly = true)
    public ImprovementCase caseOf(Urn urn, AcademicYear year, ViewerScope viewer) {
        if (!schools.exists(urn, viewer)) {
            throw new ImprovementCaseNotFoundException("No school with URN " + urn + " is in the register");
        }
        return fold(urn, year);
    }

    /** Every school the viewer may see with a step in the year, in URN order. */
    @Transactional(readOnly = true)
    public List<ImprovementCase> cases(AcademicYear year, ViewerScope viewer) {
        Set<Urn> listedLastYear = listedAtEndOf(year.previous(), viewer);
        List<ImprovementCase> cases = new ArrayList<>();
        events.forYear(year, viewer).forEach((urn, steps) -> cases.add(
                ImprovementCase.of(urn, year, steps, listedLastYear.contains(urn))));
        return cases;
    }

    /** The schools the viewer may see on the list at the end of the year: those a carry-forward review looks at. */
    @Transactional(readOnly = true)
    public Set<Urn> listedAtEndOf(AcademicYear year, ViewerScope viewer) {
        return events.forYear(year, viewer).entrySet().stream()
                .filter(entry -> ImprovementCase.of(entry.getKey(), year, entry.getValue(), false).isListed())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** The years in which the school has steps, latest first; none for a school the viewer may not see. */
    @Transactional(readOnly = true)
    public List<AcademicYear> yearsOf(Urn urn, ViewerScope viewer) {
        return events.yearsOf(urn, viewer);
    }

    /** The names of those of the schools the viewer may see. */
    @Transactional(readOnly = true)
    public Map<Urn, String> schoolNames(Collection<Urn> urns, ViewerScope viewer) {
        return schools.names(urns, viewer);
    }

    /**
     * Priority partners and the listed schools the viewer may see allocated to each, configured partners first even
     * with none.
     */
    @Transactional(readOnly = true)
    public Map<String, List<Urn>> caseloads(AcademicYear year, ViewerScope viewer) {
        Map<String, List<Urn>> caseloads = new LinkedHashMap<>();
        if (viewer.seesEverySchool()) {
            // A partner or headteacher sees their own schools' partners only, not the council's whole roster.
            partnerAccess.partners().forEach(partner -> caseloads.put(partner.displayName(), new ArrayList<>()));
            properties.partners().forEach(partner -> caseloads.putIfAbsent(partner, new ArrayList<>()));
        }
        Map<String, List<Urn>> others = new TreeMap<>();
        for (ImprovementCase improvementCase : cases(year, viewer)) {
            if (improvementCase.isListed() && improvementCase.partner().isPresent()) {
                String partner = improvementCase.partner().get();
                (caseloads.containsKey(partner) ? caseloads : others)
                        .computeIfAbsent(partner, name -> new ArrayList<>()).add(improvementCase.urn());
            }
        }
        caseloads.putAll(others);
        return caseloads;
    }

    /**
     * Stage 1: proposes the year's list from the council's latest assessment run: every maintained school the run
     * placed in a concern category (an officer's override standing in for the computed one), with its reasons as
     * the rationale and the plan's priorities suggested from them. Schools already considered are left as they are.
     */
    @Transactional
    public int propose(AcademicYear year, String actor) {
        // The timeline is read by the school's headteacher and partner, so it records the published reasons only, as
        // a letter does: a rule that reads soft intelligence is "other information held by the council".
        PriorityList list = priorityLists.latestFor(council.la(), ViewerScope.system()).orElseThrow(() -> new StepRefusedException(
                "The council's schools have not been assessed yet: run the assessment first."));
        String ofstedCategory = list.categories().isEmpty() ? "" : list.categories().get(0);
        String noConcern = list.categories().isEmpty() ? "" : list.categories().get(list.categories().size() - 1);
        Set<Urn> listedLastYear = listedAtEndOf(year.previous(), ViewerScope.system());
        int proposed = 0;
        for (PriorityEntry entry : list.entries()) {
            if (entry.result().responsibleBody() != ResponsibleBody.LOCAL_AUTHORITY) {
                continue;
            }
            Optional<CategoryOverride> override = entry.currentOverride();
            String category = override.map(CategoryOverride::category).orElse(entry.result().category());
            if (!list.categories().contains(category) || category.equals(noConcern)) {
                continue;
            }
            Urn urn = entry.result().urn();
            events.lock(urn, year);
            ImprovementCase current = fold(urn, year);
            if (current.refusal(StepType.PROPOSED).isPresent()) {
                continue;
            }
            boolean firstTimeVulnerable = !category.equals(ofstedCategory) && !listedLastYear.contains(urn);
            List<String> priorities = PlanPriorities.order(entry.result().reasons().stream()
                    .map(reason -> new PlanPriorities.Reason(reason.ruleId(), reason.description(),
                            reason.consequence(), reason.explanation()))
                    .toList(), ofstedCategory);
            List<String> why = new ArrayList<>(entry.explanations());
            if (entry.result().otherInformationWithheld()) {
                why.add(OTHER_INFORMATION);
            }
            override.ifPresent(chosen -> why.add("Category overridden to " + chosen.category() + " by "
                    + chosen.madeBy() + ": " + chosen.reason()));
            Map<String, String> details = new HashMap<>();
            details.put(Details.CATEGORY, category);
            details.put(Details.RUN, Long.toString(list.run().id()));
            details.put(Details.FIRST_TIME_VULNERABLE, firstTimeVulnerable ? Details.YES : Details.NO);
            details.put(Details.PRIORITIES, String.join("\n", priorities));
            append(urn, year, StepType.PROPOSED, actor, "Proposed for the " + year + " list: " + category
                    + (firstTimeVulnerable ? " (vulnerable for the first time: a visit is needed)" : ""),
                    String.join("\n", why), "Assessment run " + list.run().id() + " of " + list.run().dataAsOf()
                            + ", rulebook version " + list.run().rulebookVersion(),
                    details);
            proposed++;
        }
        return proposed;
    }

    /**
     * Stage 1: the council and the partner formally agree the list: every school still proposed goes on it. Refused
     * as a whole while a school vulnerable for the first time has not had its visit. Publishes
     * {@link ImprovementListAgreed} for the letters.
     */
    @Transactional
    public List<ImprovementEvent> agreeList(AcademicYear year, String partnerAgreedBy, String why, String actor) {
        if (partnerAgreedBy == null || partnerAgreedBy.isBlank()) {
            throw new StepRefusedException("Name who agreed the list for the partner.");
        }
        if (!TextLimits.within(partnerAgreedBy, TextLimits.SHORT_TEXT) || !TextLimits.within(why, TextLimits.FREE_TEXT)) {
            throw new StepRefusedException("The name must be " + TextLimits.SHORT_TEXT + " characters or fewer, and the"
                    + " note " + TextLimits.FREE_TEXT + " characters or fewer.");
        }
        List<ImprovementCase> proposed = cases(year, ViewerScope.system()).stream()
                .filter(improvementCase -> improvementCase.status() == CaseStatus.PROPOSED).toList();
        if (proposed.isEmpty()) {
            throw new StepRefusedException("No school is on the proposed " + year + " list to agree.");
        }
        List<ImprovementCase> refused = proposed.stream()
                .filter(improvementCase -> improvementCase.refusal(StepType.LIST_AGREED).isPresent()).toList();
        if (!refused.isEmpty()) {
            // One sentence for all of them: the page lists each school by name with a link to record its visit.
            throw new StepRefusedException(refused.size() == 1
                    ? "1 school vulnerable for the first time still needs its visit: record the visit to discuss it"
                            + " with the head before agreeing the list. It is listed under \"Visits still needed\"."
                    : refused.size() + " schools vulnerable for the first time still need their visits: record the"
                            + " visit to discuss each with the head before agreeing the list. They are listed under"
                            + " \"Visits still needed\".");
        }
        Set<Urn> listedLastYear = listedAtEndOf(year.previous(), ViewerScope.system());
        // Last year's partners see last year's schools until this year's list is agreed.
        partnerAccess.endYearsBefore(year, actor);
        LocalDate halfTerm = deadline(year);
        List<ImprovementEvent> agreed = new ArrayList<>();
        List<ImprovementListAgreed.ListedSchool> listed = new ArrayList<>();
        for (ImprovementCase improvementCase : proposed) {
            events.lock(improvementCase.urn(), year);
            LocalDate planDue = listedLastYear.contains(improvementCase.urn()) ? halfTerm
                    : halfTerm.plusWeeks(properties.newSchoolPlanWeeks());
            ImprovementEvent event = append(improvementCase.urn(), year, StepType.LIST_AGREED, actor,
                    "On the agreed " + year + " list, agreed by the council and " + partnerAgreedBy.strip()
                            + "; action plan due by " + planDue,
                    why, "", Map.of(Details.PARTNER_AGREED_BY, partnerAgreedBy.strip(),
                            Details.PLAN_DUE, planDue.toString()));
            agreed.add(event);
            String reasons = improvementCase.events().stream()
                    .filter(step -> step.type() == StepType.PROPOSED).map(ImprovementEvent::why).findFirst()
                    .orElse("");
            listed.add(new ImprovementListAgreed.ListedSchool(improvementCase.urn(), improvementCase.category(),
                    reasons.isBlank() ? List.of() : Arrays.asList(reasons.split("\n"))));
        }
        publisher.publishEvent(new ImprovementListAgreed(year, listed, actor, partnerAgreedBy.strip(), now()));
        return agreed;
    }

    /**
     * Records one step for a school, after checking the cycle allows it. The list's proposal and agreement have
     * their own methods; an imported inspection is recorded by the listener.
     */
    @Transactional
    public ImprovementEvent record(Urn urn, AcademicYear year, StepType type, StepInput input, String actor) {
        if (type == StepType.PROPOSED || type == StepType.LIST_AGREED || type == StepType.INSPECTION_IMPORTED) {
            throw new StepRefusedException("That step is taken for the whole list, not one school.");
        }
        if (!schools.exists(urn)) {
            throw new ImprovementCaseNotFoundException("No school with URN " + urn + " is in the register");
        }
        events.lock(urn, year);
        ImprovementCase current = fold(urn, year);
        Map<String, String> details = new HashMap<>(input.details());
        if (type == StepType.STEP_WITHDRAWN) {
            // What is withdrawn is decided here, from the case: the latest step that counts, never a posted id.
            details.remove(Details.WITHDRAWN_EVENT);
            current.withdrawable().ifPresent(step -> details.put(Details.WITHDRAWN_EVENT, Long.toString(step.id())));
        }
        current.check(type, details, input.why());
        proposedListChanges.check(type, year);
        checkDates(type, details);
        String why = input.why();
        if (type == StepType.REMOVED) {
            boolean ruleMet = current.removalRuleMet();
            details.put(Details.RULE_MET, ruleMet ? Details.YES : Details.NO);
            if (why.isBlank()) {
                why = RemovalRule.STATEMENT;
            }
        }
        if (type == StepType.WARNING_NOTICE_ISSUED) {
            details.put(Details.RECIPIENT_NAMES,
                    String.join(", ", StepWording.recipients(details.get(Details.RECIPIENTS))));
        }
        if (type == StepType.PARTNER_ALLOCATED) {
            allocatePartner(urn, year, details, actor);
        }
        if (type == StepType.REMOVED) {
            partnerAccess.release(urn, year, actor);
        }
        ImprovementEvent event = append(urn, year, type, actor, StepWording.describe(type, details, current), why,
                input.evidence(), details);
        publishFollowUps(event);
        if (type == StepType.STEP_WITHDRAWN) {
            partnerAccessAsTheCaseNowStands(urn, year, actor);
        }
        return event;
    }

    /**
     * A partner chosen by username is a user: the step names them and they see the school for the year. A name
     * typed or configured is a partner without an account, who sees nothing; the previous partner's access ends.
     */
    private void allocatePartner(Urn urn, AcademicYear year, Map<String, String> details, String actor) {
        Optional<PartnerAccess.Partner> user = partnerAccess.partner(details.get(Details.PARTNER));
        if (user.isPresent()) {
            details.put(Details.PARTNER, user.get().displayName());
            details.put(Details.PARTNER_USER, user.get().username());
            partnerAccess.allocate(urn, year, user.get().username(), actor);
        } else {
            partnerAccess.release(urn, year, actor);
        }
    }

    /**
     * After a withdrawal (of a partner's allocation, or of a removal), the partner who counts now sees the school,
     * and no one else does.
     */
    private void partnerAccessAsTheCaseNowStands(Urn urn, AcademicYear year, String actor) {
        ImprovementCase now = fold(urn, year);
        Optional<String> user = now.isListed() ? now.partnerUser() : Optional.empty();
        if (user.isPresent() && partnerAccess.partner(user.get()).isPresent()) {
            partnerAccess.allocate(urn, year, user.get(), actor);
        } else {
            partnerAccess.release(urn, year, actor);
        }
    }

    /** A step's dates must make sense today: nothing recorded as done before it has happened. */
    private void checkDates(StepType type, Map<String, String> details) {
        LocalDate today = today();
        StepDates.refusal(type, details, today, properties.futureHorizonDays()).ifPresent(refusal -> {
            throw new StepRefusedException(refusal);
        });
        String meeting = details.get(Details.MEETING);
        if (type == StepType.BOARD_RECOMMENDATION && meeting != null && !meeting.isBlank()) {
            LocalDate held = meetingId(meeting).flatMap(meetings::find).map(BoardMeeting::date).orElseThrow(
                    () -> new StepRefusedException("No such board meeting is on record."));
            StepDates.meetingRefusal(held, today, properties.futureHorizonDays()).ifPresent(refusal -> {
                throw new StepRefusedException(refusal);
            });
        }
    }

    private static Optional<Long> meetingId(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    @Transactional
    public BoardMeeting scheduleBoard(AcademicYear year, LocalDate date, String actor) {
        if (date.isBefore(year.firstDay()) || date.isAfter(year.lastDay())) {
            throw new StepRefusedException("A board meeting for " + year + " falls between " + year.firstDay()
                    + " and " + year.lastDay() + ".");
        }
        BoardMeeting meeting = meetings.add(year, date, actor, now());
        publisher.publishEvent(new BoardMeetingScheduled(actor, meeting.id(), date));
        return meeting;
    }

    @Transactional(readOnly = true)
    public List<BoardMeeting> boardMeetings(AcademicYear year) {
        return meetings.forYear(year);
    }

    @Transactional(readOnly = true)
    public BoardMeeting boardMeeting(long id) {
        return meetings.find(id)
                .orElseThrow(() -> new ImprovementCaseNotFoundException("No board meeting " + id + " is on record"));
    }

    /** The next board meeting on or after today, if one is scheduled. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> nextBoardDate(AcademicYear year) {
        LocalDate today = today();
        return meetings.forYear(year).stream().map(BoardMeeting::date).filter(date -> !date.isBefore(today))
                .findFirst();
    }

    /**
     * A newly imported inspection of a school on the list goes on its timeline, so it comes to the next board (seed
     * 004, "Ofsted Inspections"). Runs inside the import's transaction, so the step and the inspection stand or fall
     * together.
     */
    @EventListener
    public void onInspectionRecorded(InspectionRecorded recorded) {
        List<AcademicYear> years = events.yearsOf(recorded.urn(), ViewerScope.system());
        if (years.isEmpty()) {
            return;
        }
        AcademicYear year = years.get(0);
        events.lock(recorded.urn(), year);
        ImprovementCase current = fold(recorded.urn(), year);
        if (!current.isListed()) {
            return;
        }
        String outcome = inspections.history(recorded.urn()).stream()
                .filter(inspection -> recorded.inspectionDate() == null
                        || recorded.inspectionDate().equals(inspection.facts().date()))
                .map(Inspection::headline).findFirst().orElse("");
        Map<String, String> details = new HashMap<>();
        details.put(Details.OUTCOME, outcome);
        if (recorded.inspectionDate() != null) {
            details.put(Details.INSPECTION_DATE, recorded.inspectionDate().toString());
        }
        append(recorded.urn(), year, StepType.INSPECTION_IMPORTED, "import batch " + recorded.importId(),
                "New Ofsted inspection imported" + (recorded.inspectionDate() == null ? ""
                        : " (" + StepDates.words(recorded.inspectionDate()) + ")") + (outcome.isBlank() ? "" : ": " + outcome)
                        + "; on the next board's agenda",
                "", "Ofsted inspection " + recorded.inspectionKey(), details);
    }

    private ImprovementCase fold(Urn urn, AcademicYear year) {
        boolean listedLastYear = ImprovementCase.of(urn, year.previous(), events.forCase(urn, year.previous()), false)
                .isListed();
        return ImprovementCase.of(urn, year, events.forCase(urn, year), listedLastYear);
    }

    private ImprovementEvent append(Urn urn, AcademicYear year, StepType type, String actor, String what, String why,
            String evidence, Map<String, String> details) {
        ImprovementEvent event = events.append(urn, year, type, actor, now(), what, why, evidence, details);
        publisher.publishEvent(new ImprovementStepRecorded(actor, event.id(), urn, year, type.name(), what));
        return event;
    }

    private void publishFollowUps(ImprovementEvent event) {
        switch (event.type()) {
            case BOARD_RECOMMENDATION -> {
                if (Recommendation.LETTER_OF_CONCERN.name().equals(event.detail(Details.RECOMMENDATION))) {
                    publisher.publishEvent(new LetterOfConcernRecommended(event.id(), event.urn(), event.year(),
                            event.why(), event.actor(), event.at()));
                }
            }
            case WARNING_NOTICE_ISSUED -> publisher.publishEvent(new WarningNoticeIssued(event.id(), event.urn(),
                    event.year(), WarningGround.valueOf(event.detail(Details.GROUND)).label(),
                    event.detail(Details.REQUIRED_ACTIONS), LocalDate.parse(event.detail(Details.COMPLY_BY)),
                    StepWording.recipients(event.detail(Details.RECIPIENTS)), event.actor(), event.at()));
            case REMOVED -> publisher.publishEvent(new SchoolRemovedFromList(event.id(), event.urn(), event.year(),
                    Details.YES.equals(event.detail(Details.RULE_MET)), event.why(), event.actor(), event.at()));
            default -> {
                // Only the audit event.
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
