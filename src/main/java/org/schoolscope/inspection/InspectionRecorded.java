package org.schoolscope.inspection;

import java.time.LocalDate;
import org.schoolscope.inspection.domain.Framework;
import org.schoolscope.shared.Urn;

/**
 * Published once for each inspection the first time it is recorded, inside the import's transaction: listeners
 * that must only see committed data use {@code @TransactionalEventListener}.
 */
public record InspectionRecorded(long inspectionId, Urn urn, String inspectionKey, Framework framework,
        LocalDate inspectionDate, long importId) {
}
