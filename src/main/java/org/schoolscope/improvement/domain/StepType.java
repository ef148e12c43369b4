package org.schoolscope.improvement.domain;

/**
 * The kinds of step on a school's improvement timeline, in the order of seed 004's cycle: identification (Stage 1),
 * the action plan (Stage 2), board review and warning notices (Stage 3), the monthly concern meeting (Stage 4),
 * escalation (Stage 5), Ofsted inspections and removal from the list.
 */
public enum StepType {
    /** Stage 1: placed on the proposed list from an assessment run. */
    PROPOSED,
    /** Stage 1: last year's listed school reviewed at the year's end, carried forward or not. */
    CARRY_FORWARD_REVIEWED,
    /** Stage 1: a Good or Outstanding school vulnerable for the first time, visited to agree whether it is a priority. */
    VULNERABILITY_VISIT,
    /**
     * Stage 1: a school taken off the proposed list before the list is agreed, with the officer's reason (issue 12,
     * item 5): it no longer counts as proposed, and does not hold up the agreement.
     */
    TAKEN_OFF_PROPOSED_LIST,
    /** Stage 1: a school taken off the proposed list put back on it, with the reason, before the list is agreed. */
    PUT_BACK_ON_PROPOSED_LIST,
    /** Stage 1: the list formally agreed by the council and the partner. */
    LIST_AGREED,
    /** Stage 1: a priority partner allocated. */
    PARTNER_ALLOCATED,
    /** A Good or Outstanding school reported itself vulnerable. */
    SELF_REPORTED,
    /** Stage 2: the action plan agreed with the school. */
    PLAN_AGREED,
    /** Stage 2: an action added to the plan. */
    ACTION_ADDED,
    /** Stage 2: an action's status changed. */
    ACTION_UPDATED,
    /** Stage 2: progress reviewed and rated red, amber or green. */
    PROGRESS_REVIEWED,
    /** Stage 2: a priority partner's visit, with notes shared with the head. */
    PARTNER_VISIT,
    /** Stage 3: the advisory board's recommendation with its rationale. */
    BOARD_RECOMMENDATION,
    /** Warning notices: the Director of Children's Services' decision on a recommended notice. */
    DCS_DECISION,
    /** Warning notices: the notice issued. */
    WARNING_NOTICE_ISSUED,
    /** Warning notices: compliance reviewed. */
    COMPLIANCE_REVIEWED,
    /** Warning notices: the notice closed. */
    NOTICE_CLOSED,
    /** Stage 4: discussed at the monthly schools-causing-concern meeting. */
    CONCERN_MEETING,
    /** Stage 5: escalated to the Education Improvement Group. */
    ESCALATION,
    /** An Ofsted inspection the priority partner attended, with feedback notes and outcome. */
    INSPECTION_ATTENDED,
    /** A new inspection of the school imported from Ofsted's files. */
    INSPECTION_IMPORTED,
    /** Removed from the list. */
    REMOVED,
    /**
     * A mistaken step withdrawn, with the reason (issue 12, item 7): the step stays on the timeline, marked as
     * withdrawn, and no longer counts. Only the latest step that counts may be withdrawn, so nothing after it rests
     * on it.
     */
    STEP_WITHDRAWN
}
