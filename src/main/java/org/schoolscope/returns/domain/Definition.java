package org.schoolscope.returns.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.shared.AcademicYear;

/**
 * A return as the council defined it: never changed once made, so every school answers the questions it was asked.
 * {@code term} is null for an annual return.
 */
public record Definition(long id, ReturnKind kind, String title, int laCode, AcademicYear year, Term term,
        SchoolSet schoolSet, CompletedBy completedBy, LocalDate dueOn, String createdBy, Instant createdAt,
        List<Question> questions) {

    public Definition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(schoolSet, "schoolSet");
        Objects.requireNonNull(completedBy, "completedBy");
        Objects.requireNonNull(dueOn, "dueOn");
        questions = List.copyOf(questions);
    }

    /** Overdue on a day after the due date: a return due on the 31st may still be made that day. */
    public boolean overdueOn(LocalDate day) {
        return day.isAfter(dueOn);
    }

    public Optional<Question> question(String code) {
        return questions.stream().filter(question -> question.code().equals(code)).findFirst();
    }
}
