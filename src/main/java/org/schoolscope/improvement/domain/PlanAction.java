package org.schoolscope.improvement.domain;

import java.time.LocalDate;

/** An action of a school's plan: what, who owns it, the resources, when it is due and where it stands. */
public record PlanAction(long id, String description, String owner, String resources, LocalDate due,
        ActionStatus status) {

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && due != null && due.isBefore(today);
    }

    PlanAction withStatus(ActionStatus newStatus) {
        return new PlanAction(id, description, owner, resources, due, newStatus);
    }
}
