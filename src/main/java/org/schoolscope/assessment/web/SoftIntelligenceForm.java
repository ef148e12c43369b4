package org.schoolscope.assessment.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schoolscope.assessment.NewSoftIntelligenceNote;
import org.schoolscope.assessment.NoteSensitivity;
import org.schoolscope.assessment.SoftIntelligenceTopic;
import org.schoolscope.shared.TextLimits;

/**
 * What an officer or partner posts to record a note: a form record, never a stored object. The dates come as the
 * GOV.UK date input's day, month and year boxes; {@code leadershipCrisis} is "yes" or "no".
 */
public record SoftIntelligenceForm(String topic, String learnt, String source, String sensitivity, String notedDay,
        String notedMonth, String notedYear, String reviewDay, String reviewMonth, String reviewYear,
        String leadershipCrisis) {

    /** The note's own limit ({@link org.schoolscope.assessment.NewSoftIntelligenceNote}), shown as a form error. */
    static final int MAX_TEXT = TextLimits.FREE_TEXT;

    static SoftIntelligenceForm empty() {
        return new SoftIntelligenceForm(null, null, null, null, null, null, null, null, null, null, null);
    }

    List<FormProblem> problems(LocalDate today) {
        List<FormProblem> problems = new ArrayList<>();
        if (topicChoice() == null) {
            problems.add(new FormProblem("topic", "softIntelligence.error.topic"));
        }
        if (learnt == null || learnt.isBlank()) {
            problems.add(new FormProblem("learnt", "softIntelligence.error.learnt"));
        } else if (learnt.length() > MAX_TEXT) {
            problems.add(new FormProblem("learnt", "softIntelligence.error.learntTooLong"));
        }
        if (source == null || source.isBlank()) {
            problems.add(new FormProblem("source", "softIntelligence.error.source"));
        } else if (source.length() > MAX_TEXT) {
            problems.add(new FormProblem("source", "softIntelligence.error.sourceTooLong"));
        }
        if (sensitivityChoice() == null) {
            problems.add(new FormProblem("sensitivity", "softIntelligence.error.sensitivity"));
        }
        Optional<LocalDate> noted = notedOn();
        if (noted.isEmpty()) {
            problems.add(new FormProblem("notedDay", "softIntelligence.error.notedOn"));
        } else if (noted.get().isAfter(today)) {
            problems.add(new FormProblem("notedDay", "softIntelligence.error.notedOnFuture"));
        }
        Optional<LocalDate> review = reviewOn();
        if (review.isEmpty()) {
            problems.add(new FormProblem("reviewDay", "softIntelligence.error.reviewOn"));
        } else if (noted.isPresent() && review.get().isBefore(noted.get())) {
            problems.add(new FormProblem("reviewDay", "softIntelligence.error.reviewBeforeNoted"));
        }
        if (!"yes".equals(leadershipCrisis) && !"no".equals(leadershipCrisis)) {
            problems.add(new FormProblem("leadershipCrisis", "softIntelligence.error.leadershipCrisis"));
        }
        return problems;
    }

    /** The note to record; only called once {@link #problems} found none. */
    NewSoftIntelligenceNote toNote() {
        return new NewSoftIntelligenceNote(topicChoice(), learnt, source, sensitivityChoice(), notedOn().orElseThrow(),
                reviewOn().orElseThrow(), "yes".equals(leadershipCrisis));
    }

    public boolean hasProblem(List<FormProblem> problems, String field) {
        return FormProblem.has(problems, field);
    }

    SoftIntelligenceTopic topicChoice() {
        return parse(SoftIntelligenceTopic.class, topic);
    }

    NoteSensitivity sensitivityChoice() {
        return parse(NoteSensitivity.class, sensitivity);
    }

    Optional<LocalDate> notedOn() {
        return FormDates.parse(notedDay, notedMonth, notedYear);
    }

    Optional<LocalDate> reviewOn() {
        return FormDates.parse(reviewDay, reviewMonth, reviewYear);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
