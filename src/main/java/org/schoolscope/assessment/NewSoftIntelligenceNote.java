package org.schoolscope.assessment;

import java.time.LocalDate;
import java.util.Objects;
import org.schoolscope.shared.TextLimits;

/** A note as its author gives it, checked before it is stored; who and when come from the sign-in and the clock. */
public record NewSoftIntelligenceNote(SoftIntelligenceTopic topic, String learnt, String source,
        NoteSensitivity sensitivity, LocalDate notedOn, LocalDate reviewOn, boolean leadershipCrisis) {

    public NewSoftIntelligenceNote {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(sensitivity, "sensitivity");
        Objects.requireNonNull(notedOn, "notedOn");
        Objects.requireNonNull(reviewOn, "reviewOn");
        if (learnt == null || learnt.isBlank()) {
            throw new IllegalArgumentException("A note says what was learnt");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("A note names its source");
        }
        // The form's limit, so a note from the API is no longer than one typed on the page.
        TextLimits.checked("learnt", learnt, TextLimits.FREE_TEXT);
        TextLimits.checked("source", source, TextLimits.FREE_TEXT);
        if (reviewOn.isBefore(notedOn)) {
            throw new IllegalArgumentException("A note's review date is on or after the day it was noted");
        }
    }
}
