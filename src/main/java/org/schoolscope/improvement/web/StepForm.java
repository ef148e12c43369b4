package org.schoolscope.improvement.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schoolscope.improvement.domain.ActionStatus;
import org.schoolscope.improvement.domain.Details;
import org.schoolscope.improvement.domain.Rag;
import org.schoolscope.improvement.domain.Recipient;
import org.schoolscope.improvement.domain.Recommendation;
import org.schoolscope.improvement.domain.WarningGround;
import org.schoolscope.shared.StatedReasons;
import org.schoolscope.shared.TextLimits;

/**
 * What a person posts for one step. A form record, never a stored object: each step reads the fields it needs,
 * checks them into {@link Problem}s and turns them into the step's details.
 */
public record StepForm(String year, String why, String evidence, String decision, String outcome, String date,
        String partner, String partnerOther, String priorities, String support, String action, String owner,
        String resources, String due, String status, String rag, String recommendation, String meeting,
        String ground, String requiredActions, String complyBy, List<String> recipients, String complied,
        String actionsAgreed, String referrals, String partnerAttended, String furtherSupport) {

    public StepForm {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    static StepForm empty(String year) {
        return new StepForm(year, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, List.of(), null, null, null, null, null);
    }

    StepForm withPriorities(String suggested) {
        return new StepForm(year, why, evidence, decision, outcome, date, partner, partnerOther, suggested, support,
                action, owner, resources, due, status, rag, recommendation, meeting, ground, requiredActions,
                complyBy, recipients, complied, actionsAgreed, referrals, partnerAttended, furtherSupport);
    }

    /** The same form with its dates read from GOV.UK's day, month and year boxes (see {@link DateParts}). */
    StepForm withDates(String date, String due, String complyBy) {
        return new StepForm(year, why, evidence, decision, outcome, date, partner, partnerOther, priorities, support,
                action, owner, resources, due, status, rag, recommendation, meeting, ground, requiredActions,
                complyBy, recipients, complied, actionsAgreed, referrals, partnerAttended, furtherSupport);
    }

    /** A field to correct: the id of its control, and the message key. */
    public record Problem(String field, String messageKey) {
    }

    public boolean hasProblem(List<Problem> problems, String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }

    public boolean hasRecipient(String recipient) {
        return recipients.contains(recipient);
    }

    /**
     * Checks the fields the step needs. {@code whyRequired} is false only for a removal that meets the rule. Every
     * text field, needed by the step or not, is held to its length ({@link TextLimits}): names to a line, the rest
     * to a text area.
     */
    List<Problem> problems(StepKind kind, boolean whyRequired) {
        List<Problem> problems = new ArrayList<>();
        tooLong(problems, "why", why, TextLimits.FREE_TEXT);
        tooLong(problems, "evidence", evidence, TextLimits.FREE_TEXT);
        tooLong(problems, "outcome", outcome, TextLimits.FREE_TEXT);
        tooLong(problems, "partner", partner, TextLimits.SHORT_TEXT);
        tooLong(problems, "partnerOther", partnerOther, TextLimits.SHORT_TEXT);
        tooLong(problems, "priorities", priorities, TextLimits.FREE_TEXT);
        tooLong(problems, "support", support, TextLimits.FREE_TEXT);
        tooLong(problems, "action", action, TextLimits.FREE_TEXT);
        tooLong(problems, "owner", owner, TextLimits.SHORT_TEXT);
        tooLong(problems, "resources", resources, TextLimits.FREE_TEXT);
        tooLong(problems, "requiredActions", requiredActions, TextLimits.FREE_TEXT);
        tooLong(problems, "actionsAgreed", actionsAgreed, TextLimits.FREE_TEXT);
        tooLong(problems, "referrals", referrals, TextLimits.FREE_TEXT);
        if (!problems.isEmpty()) {
            return problems;
        }
        switch (kind) {
            case CARRY_FORWARD -> {
                oneOf(problems, "decision", decision, Details.PRIORITY, Details.NOT_A_PRIORITY);
                required(problems, "why", why);
            }
            case VULNERABILITY_VISIT -> {
                date(problems, "date", date);
                oneOf(problems, "outcome", outcome, Details.PRIORITY, Details.NOT_A_PRIORITY);
                required(problems, "why", why);
            }
            case PARTNER -> {
                if (blank(partner) && blank(partnerOther)) {
                    problems.add(new Problem("partner", "improvement.error.partner"));
                }
            }
            case SELF_REPORT, PROGRESS, DCS_DECISION, COMPLIANCE, RECOMMENDATION, PARTNER_VISIT -> {
                switch (kind) {
                    case PROGRESS -> oneOf(problems, "rag", rag, names(Rag.values()));
                    case DCS_DECISION -> oneOf(problems, "decision", decision, Details.APPROVED, Details.DECLINED);
                    case COMPLIANCE -> oneOf(problems, "complied", complied, Details.YES, Details.NO);
                    case RECOMMENDATION -> oneOf(problems, "recommendation", recommendation,
                            names(Recommendation.values()));
                    case PARTNER_VISIT -> date(problems, "date", date);
                    default -> {
                        // Only the rationale.
                    }
                }
                required(problems, "why", why);
            }
            case PLAN -> {
                required(problems, "priorities", priorities);
                required(problems, "support", support);
            }
            case ACTION -> {
                required(problems, "action", action);
                required(problems, "owner", owner);
                date(problems, "due", due);
            }
            case ACTION_STATUS -> {
                required(problems, "action", action);
                oneOf(problems, "status", status, names(ActionStatus.values()));
            }
            case WARNING_NOTICE -> {
                oneOf(problems, "ground", ground, names(WarningGround.values()));
                required(problems, "requiredActions", requiredActions);
                date(problems, "complyBy", complyBy);
                if (!recipients.contains(Recipient.GOVERNING_BODY.name())
                        || !recipients.stream().allMatch(name -> List.of(names(Recipient.values())).contains(name))) {
                    problems.add(new Problem("recipients", "improvement.error.recipients"));
                }
            }
            case NOTICE_CLOSED -> required(problems, "outcome", outcome);
            case CONCERN_MEETING -> {
                date(problems, "date", date);
                required(problems, "why", why);
            }
            case ESCALATION -> {
                date(problems, "date", date);
                required(problems, "why", why);
                required(problems, "outcome", outcome);
                required(problems, "actionsAgreed", actionsAgreed);
            }
            case INSPECTION -> {
                date(problems, "date", date);
                required(problems, "outcome", outcome);
                oneOf(problems, "partnerAttended", partnerAttended, Details.YES, Details.NO);
                oneOf(problems, "furtherSupport", furtherSupport, Details.YES, Details.NO);
                required(problems, "why", why);
            }
            case REMOVAL -> {
                if (whyRequired) {
                    required(problems, "why", why);
                }
            }
            case WITHDRAWAL -> required(problems, "why", why);
            case TAKE_OFF, PUT_BACK -> {
                if (blank(why)) {
                    required(problems, "why", why);
                } else if (!StatedReasons.meaningful(why)) {
                    problems.add(new Problem("why", "improvement.error.reasonTooShort"));
                }
            }
        }
        return problems;
    }

    /** The step's details from a form without problems. */
    Map<String, String> details(StepKind kind) {
        Map<String, String> details = new HashMap<>();
        switch (kind) {
            case CARRY_FORWARD -> details.put(Details.DECISION, decision);
            case VULNERABILITY_VISIT -> {
                details.put(Details.VISIT_DATE, date);
                details.put(Details.OUTCOME, outcome);
            }
            case PARTNER -> details.put(Details.PARTNER, blank(partnerOther) ? partner.strip() : partnerOther.strip());
            case PLAN -> {
                details.put(Details.PRIORITIES, priorities.strip());
                details.put(Details.SUPPORT, support.strip());
            }
            case ACTION -> {
                details.put(Details.ACTION, action.strip());
                details.put(Details.OWNER, owner.strip());
                details.put(Details.RESOURCES, resources == null ? "" : resources.strip());
                details.put(Details.DUE, due);
            }
            case ACTION_STATUS -> {
                details.put(Details.ACTION, action);
                details.put(Details.STATUS, status);
            }
            case PROGRESS -> details.put(Details.RAG, rag);
            case PARTNER_VISIT -> {
                details.put(Details.VISIT_DATE, date);
                details.put(Details.SHARED_WITH_HEAD, Details.YES);
            }
            case RECOMMENDATION -> {
                details.put(Details.RECOMMENDATION, recommendation);
                if (!blank(meeting)) {
                    details.put(Details.MEETING, meeting);
                }
            }
            case DCS_DECISION -> details.put(Details.DECISION, decision);
            case WARNING_NOTICE -> {
                details.put(Details.GROUND, ground);
                details.put(Details.REQUIRED_ACTIONS, requiredActions.strip());
                details.put(Details.COMPLY_BY, complyBy);
                details.put(Details.RECIPIENTS, String.join(",", recipients));
            }
            case COMPLIANCE -> details.put(Details.COMPLIED, complied);
            case NOTICE_CLOSED -> details.put(Details.OUTCOME, outcome.strip());
            case CONCERN_MEETING -> {
                details.put(Details.VISIT_DATE, date);
                details.put(Details.ACTIONS_AGREED, actionsAgreed == null ? "" : actionsAgreed.strip());
                details.put(Details.REFERRALS, referrals == null ? "" : referrals.strip());
            }
            case ESCALATION -> {
                details.put(Details.VISIT_DATE, date);
                details.put(Details.OUTCOME, outcome.strip());
                details.put(Details.ACTIONS_AGREED, actionsAgreed.strip());
            }
            case INSPECTION -> {
                details.put(Details.INSPECTION_DATE, date);
                details.put(Details.OUTCOME, outcome.strip());
                details.put(Details.PARTNER_ATTENDED, partnerAttended);
                details.put(Details.FURTHER_SUPPORT, furtherSupport);
            }
            case SELF_REPORT, REMOVAL, WITHDRAWAL, TAKE_OFF, PUT_BACK -> {
                // Only the rationale and evidence; a withdrawal's step is the case's latest, chosen by the cycle.
            }
        }
        return details;
    }

    private static String[] names(Enum<?>[] values) {
        String[] names = new String[values.length];
        for (int index = 0; index < values.length; index++) {
            names[index] = values[index].name();
        }
        return names;
    }

    private static void tooLong(List<Problem> problems, String field, String value, int limit) {
        if (!TextLimits.within(value, limit)) {
            problems.add(new Problem(field, limit == TextLimits.SHORT_TEXT ? "improvement.error.tooLongLine"
                    : "improvement.error.tooLong"));
        }
    }

    private static void required(List<Problem> problems, String field, String value) {
        if (blank(value)) {
            problems.add(new Problem(field, "improvement.error." + field));
        }
    }

    private static void oneOf(List<Problem> problems, String field, String value, String... allowed) {
        if (value == null || !List.of(allowed).contains(value)) {
            problems.add(new Problem(field, "improvement.error." + field));
        }
    }

    private static void date(List<Problem> problems, String field, String value) {
        try {
            LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException notADate) {
            problems.add(new Problem(field, "improvement.error." + field));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
