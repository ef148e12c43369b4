package org.schoolscope.improvement.web;

import static org.schoolscope.shared.Role.ADMIN;
import static org.schoolscope.shared.Role.BOARD;
import static org.schoolscope.shared.Role.DCS;
import static org.schoolscope.shared.Role.OFFICER;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.schoolscope.improvement.domain.StepType;
import org.schoolscope.shared.Role;

/**
 * The steps a person records for one school through a form at {@code /improvement/schools/{urn}/steps/{slug}}, with
 * the roles that may record each (issue 5's rules, declared in {@link ImprovementRoutes}).
 */
public enum StepKind {
    CARRY_FORWARD("carry-forward", StepType.CARRY_FORWARD_REVIEWED, ADMIN, OFFICER),
    VULNERABILITY_VISIT("vulnerability-visit", StepType.VULNERABILITY_VISIT, ADMIN, OFFICER, Role.PARTNER),
    TAKE_OFF("take-off", StepType.TAKEN_OFF_PROPOSED_LIST, ADMIN, OFFICER),
    PUT_BACK("put-back", StepType.PUT_BACK_ON_PROPOSED_LIST, ADMIN, OFFICER),
    PARTNER("partner", StepType.PARTNER_ALLOCATED, ADMIN, OFFICER),
    SELF_REPORT("self-report", StepType.SELF_REPORTED, ADMIN, OFFICER),
    PLAN("plan", StepType.PLAN_AGREED, ADMIN, OFFICER, Role.PARTNER),
    ACTION("action", StepType.ACTION_ADDED, ADMIN, OFFICER, Role.PARTNER),
    ACTION_STATUS("action-status", StepType.ACTION_UPDATED, ADMIN, OFFICER, Role.PARTNER),
    PROGRESS("progress", StepType.PROGRESS_REVIEWED, ADMIN, OFFICER, Role.PARTNER),
    PARTNER_VISIT("partner-visit", StepType.PARTNER_VISIT, ADMIN, OFFICER, Role.PARTNER),
    RECOMMENDATION("recommendation", StepType.BOARD_RECOMMENDATION, ADMIN, OFFICER, BOARD),
    DCS_DECISION("dcs-decision", StepType.DCS_DECISION, DCS),
    WARNING_NOTICE("warning-notice", StepType.WARNING_NOTICE_ISSUED, ADMIN, OFFICER),
    COMPLIANCE("compliance", StepType.COMPLIANCE_REVIEWED, ADMIN, OFFICER),
    NOTICE_CLOSED("notice-closed", StepType.NOTICE_CLOSED, ADMIN, OFFICER),
    CONCERN_MEETING("concern-meeting", StepType.CONCERN_MEETING, ADMIN, OFFICER),
    ESCALATION("escalation", StepType.ESCALATION, ADMIN, OFFICER),
    INSPECTION("inspection", StepType.INSPECTION_ATTENDED, ADMIN, OFFICER, Role.PARTNER),
    REMOVAL("removal", StepType.REMOVED, ADMIN, OFFICER),
    WITHDRAWAL("withdrawal", StepType.STEP_WITHDRAWN, ADMIN, OFFICER);

    private final String slug;
    private final StepType type;
    private final Set<Role> roles;

    StepKind(String slug, StepType type, Role first, Role... rest) {
        this.slug = slug;
        this.type = type;
        this.roles = EnumSet.of(first, rest);
    }

    public String slug() {
        return slug;
    }

    StepType type() {
        return type;
    }

    Set<Role> roles() {
        return roles;
    }

    static Optional<StepKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }

    static Optional<StepKind> ofType(StepType type) {
        return Arrays.stream(values()).filter(kind -> kind.type == type).findFirst();
    }
}
