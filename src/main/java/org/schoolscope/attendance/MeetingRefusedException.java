package org.schoolscope.attendance;

import java.util.List;

/** A meeting record that cannot be kept as given: each problem names the field and the message to show. */
public class MeetingRefusedException extends RuntimeException {

    /** A problem with one field, as the page's error summary links it. */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public MeetingRefusedException(List<Problem> problems) {
        super(problems.isEmpty() ? "refused" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
