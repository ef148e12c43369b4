package org.schoolscope.access.account;

import org.schoolscope.shared.AuditedAction;

/** A sign-in, a change to a user, or a token's creation or revocation, for the audit log. */
public record AccessAudited(String actor, String action, String recordType, String recordId, String detail)
        implements AuditedAction {

    public static AccessAudited user(String actor, String action, String username, String detail) {
        return new AccessAudited(actor, action, "user", username, detail);
    }

    public static AccessAudited signIn(String actor, String action, String detail) {
        return new AccessAudited(actor, action, "sign-in", actor, detail);
    }

    public static AccessAudited token(String actor, String action, long tokenId, String detail) {
        return new AccessAudited(actor, action, "api-token", Long.toString(tokenId), detail);
    }
}
