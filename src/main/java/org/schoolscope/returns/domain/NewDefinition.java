package org.schoolscope.returns.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.shared.AcademicYear;

/** A return to define: everything but who made it and when. */
public record NewDefinition(ReturnKind kind, String title, AcademicYear year, Term term, SchoolSet schoolSet,
        CompletedBy completedBy, LocalDate dueOn, List<Question> questions) {

    public NewDefinition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(schoolSet, "schoolSet");
        Objects.requireNonNull(completedBy, "completedBy");
        Objects.requireNonNull(dueOn, "dueOn");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A return needs a title");
        }
        title = title.strip();
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("A return asks at least one question");
        }
    }
}
