package org.schoolscope.improvement.domain;

/** The names of step details kept in an event's payload. */
public final class Details {

    public static final String CATEGORY = "category";
    public static final String RUN = "run";
    public static final String FIRST_TIME_VULNERABLE = "firstTimeVulnerable";
    public static final String PRIORITIES = "priorities";
    public static final String DECISION = "decision";
    public static final String OUTCOME = "outcome";
    public static final String PARTNER = "partner";
    /** The partner's username, when the partner allocated is a user who may then see the school. */
    public static final String PARTNER_USER = "partnerUser";
    /** The id of the step a withdrawal withdraws. */
    public static final String WITHDRAWN_EVENT = "withdrawnEvent";
    public static final String PARTNER_AGREED_BY = "partnerAgreedBy";
    public static final String PLAN_DUE = "planDue";
    public static final String SUPPORT = "support";
    public static final String ACTION = "action";
    public static final String OWNER = "owner";
    public static final String RESOURCES = "resources";
    public static final String DUE = "due";
    public static final String STATUS = "status";
    public static final String RAG = "rag";
    public static final String VISIT_DATE = "visitDate";
    public static final String SHARED_WITH_HEAD = "sharedWithHead";
    public static final String RECOMMENDATION = "recommendation";
    public static final String MEETING = "meeting";
    public static final String GROUND = "ground";
    public static final String REQUIRED_ACTIONS = "requiredActions";
    public static final String COMPLY_BY = "complyBy";
    public static final String RECIPIENTS = "recipients";
    public static final String RECIPIENT_NAMES = "recipientNames";
    public static final String COMPLIED = "complied";
    public static final String ATTENDEES = "attendees";
    public static final String ACTIONS_AGREED = "actionsAgreed";
    public static final String REFERRALS = "referrals";
    public static final String INSPECTION_DATE = "inspectionDate";
    public static final String PARTNER_ATTENDED = "partnerAttended";
    public static final String FURTHER_SUPPORT = "furtherSupport";
    public static final String RULE_MET = "ruleMet";

    /** Decisions and outcomes recorded as yes or no. */
    public static final String YES = "yes";
    public static final String NO = "no";
    /** A vulnerability visit's or carry-forward review's positive outcome. */
    public static final String PRIORITY = "priority";
    public static final String NOT_A_PRIORITY = "not-a-priority";
    /** A DCS decision. */
    public static final String APPROVED = "approved";
    public static final String DECLINED = "declined";

    private Details() {
    }
}
