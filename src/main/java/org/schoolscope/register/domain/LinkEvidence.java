package org.schoolscope.register.domain;

import java.time.LocalDate;
import java.util.Locale;
import org.schoolscope.shared.Urn;

/**
 * One of GIAS's links between URNs as stored, with the file it came from and that file's date.
 *
 * @param establishedOn the link's date: for a successor link the predecessor's last day, for a predecessor link
 *     the successor's first (as GIAS publishes them, e.g. 31-03-2021 and 01-04-2021 for one conversion); may be null
 */
public record LinkEvidence(Urn urn, Urn linkedUrn, String linkedName, String linkType, LocalDate establishedOn,
        String sourceFile, long importId, LocalDate fileAsAt) {

    /** "Successor", "Successor - merged", "Successor - amalgamated": the URN closed into the linked one. */
    public boolean isSuccessor() {
        return type().startsWith("successor");
    }

    public boolean isPredecessor() {
        return type().startsWith("predecessor");
    }

    /**
     * A split school goes on under its own URN while part of it becomes a new school (Brays School continued after
     * Leycroft Academy split from it in 2021), so a split link closes nothing and passes no inspection on.
     */
    public boolean isSplit() {
        return type().contains("split");
    }

    private String type() {
        return linkType == null ? "" : linkType.toLowerCase(Locale.ROOT);
    }
}
