package org.schoolscope.improvement;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.schoolscope.improvement.domain.ActionStatus;
import org.schoolscope.improvement.domain.Details;
import org.schoolscope.improvement.domain.ImprovementCase;
import org.schoolscope.improvement.domain.ImprovementEvent;
import org.schoolscope.improvement.domain.PlanAction;
import org.schoolscope.improvement.domain.Rag;
import org.schoolscope.improvement.domain.Recipient;
import org.schoolscope.improvement.domain.Recommendation;
import org.schoolscope.improvement.domain.StepDates;
import org.schoolscope.improvement.domain.StepType;
import org.schoolscope.improvement.domain.WarningGround;

/** How the timeline words each step for the people who read it: plain English from the step's details. */
final class StepWording {

    private StepWording() {
    }

    /** The recipients of a warning notice, as sentences, from their stored names. */
    static List<String> recipients(String names) {
        return names == null || names.isBlank() ? List.of()
                : Arrays.stream(names.split(",")).map(name -> Recipient.valueOf(name).label()).toList();
    }

    /** The "what" of a step, in plain English, from its details. */
    static String describe(StepType type, Map<String, String> details, ImprovementCase current) {
        return switch (type) {
            case CARRY_FORWARD_REVIEWED -> Details.PRIORITY.equals(details.get(Details.DECISION))
                    ? "Carry-forward review: carried forward to the proposed list"
                    : "Carry-forward review: not carried forward";
            case VULNERABILITY_VISIT -> "Vulnerability visit" + on(details.get(Details.VISIT_DATE)) + ": "
                    + (Details.PRIORITY.equals(details.get(Details.OUTCOME)) ? "agreed a priority for support"
                            : "agreed not a priority");
            case TAKEN_OFF_PROPOSED_LIST -> "Taken off the proposed list before the list was agreed";
            case PUT_BACK_ON_PROPOSED_LIST -> "Put back on the proposed list";
            case PARTNER_ALLOCATED -> "Priority partner allocated: " + details.get(Details.PARTNER);
            case SELF_REPORTED -> "The school reported itself vulnerable";
            case PLAN_AGREED -> "Action plan agreed with the head";
            case ACTION_ADDED -> "Action added: " + details.get(Details.ACTION) + " (owner "
                    + details.get(Details.OWNER) + ", due " + inWords(details.get(Details.DUE)) + ")";
            case ACTION_UPDATED -> "Action \"" + current.actions().stream()
                    .filter(action -> Long.toString(action.id()).equals(details.get(Details.ACTION)))
                    .map(PlanAction::description).findFirst().orElse("") + "\" now "
                    + ActionStatus.valueOf(details.get(Details.STATUS)).label().toLowerCase();
            case PROGRESS_REVIEWED -> "Progress rated " + Rag.valueOf(details.get(Details.RAG)).label();
            case PARTNER_VISIT -> "Priority partner visit" + on(details.get(Details.VISIT_DATE))
                    + "; notes shared with the head";
            case BOARD_RECOMMENDATION -> "Advisory board recommendation: "
                    + Recommendation.valueOf(details.get(Details.RECOMMENDATION)).label();
            case DCS_DECISION -> Details.APPROVED.equals(details.get(Details.DECISION))
                    ? "The Director of Children's Services decided to issue a warning notice"
                    : "The Director of Children's Services decided not to issue a warning notice";
            case WARNING_NOTICE_ISSUED -> "Warning notice issued: "
                    + WarningGround.valueOf(details.get(Details.GROUND)).label() + "; to comply by "
                    + inWords(details.get(Details.COMPLY_BY));
            case COMPLIANCE_REVIEWED -> "Warning notice compliance reviewed: "
                    + (Details.YES.equals(details.get(Details.COMPLIED)) ? "complied" : "not yet complied");
            case NOTICE_CLOSED -> "Warning notice closed: " + details.getOrDefault(Details.OUTCOME, "");
            case CONCERN_MEETING -> "Discussed at the monthly schools-causing-concern meeting"
                    + on(details.get(Details.VISIT_DATE));
            case ESCALATION -> "Escalated to the Education Improvement Group" + on(details.get(Details.VISIT_DATE))
                    + ": " + details.getOrDefault(Details.OUTCOME, "");
            case INSPECTION_ATTENDED -> "Ofsted inspection" + on(details.get(Details.INSPECTION_DATE)) + ": "
                    + details.get(Details.OUTCOME) + (Details.YES.equals(details.get(Details.PARTNER_ATTENDED))
                            ? "; the priority partner attended" : "; the priority partner did not attend");
            case REMOVED -> Details.YES.equals(details.get(Details.RULE_MET))
                    ? "Removed from the list: the removal rule is met"
                    : "Removed from the list for a stated reason (the removal rule is not met)";
            case STEP_WITHDRAWN -> "Withdrawn: " + current.events().stream()
                    .filter(event -> Long.toString(event.id()).equals(details.get(Details.WITHDRAWN_EVENT)))
                    .map(ImprovementEvent::what).findFirst().orElse("a step");
            case PROPOSED, LIST_AGREED, INSPECTION_IMPORTED -> type.name();
        };
    }

    private static String on(String date) {
        return date == null || date.isBlank() ? "" : " on " + inWords(date);
    }

    /** "25 November 2026", as the timeline reads: never the stored form. */
    private static String inWords(String date) {
        return date == null || date.isBlank() ? "" : StepDates.words(LocalDate.parse(date));
    }
}
