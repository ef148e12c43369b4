package org.schoolscope.returns.web;

import java.util.Optional;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.returns.domain.CompletedBy;
import org.schoolscope.returns.domain.ReturnKind;
import org.schoolscope.returns.domain.Term;
import org.schoolscope.shared.AcademicYear;

/**
 * What an officer posts to set up a return: a form record, never a stored object. The due date comes as the GOV.UK
 * date input's three boxes; the questions as lines (see {@link org.schoolscope.returns.domain.QuestionLines}).
 */
public record DefinitionForm(String kind, String title, String academicYear, String term, String schoolSet,
        String completedBy, String dueDay, String dueMonth, String dueYear, String questions) {

    public ReturnKind kindChoice() {
        return Enums.parse(ReturnKind.class, kind);
    }

    public Term termChoice() {
        return term == null || term.isBlank() || term.equals("NONE") ? null : Enums.parse(Term.class, term);
    }

    public boolean termValid() {
        return term == null || term.isBlank() || term.equals("NONE") || termChoice() != null;
    }

    public SchoolSet schoolSetChoice() {
        return Enums.parse(SchoolSet.class, schoolSet);
    }

    public CompletedBy completedByChoice() {
        return Enums.parse(CompletedBy.class, completedBy);
    }

    public Optional<AcademicYear> year() {
        try {
            return academicYear == null ? Optional.empty() : Optional.of(AcademicYear.parse(academicYear));
        } catch (IllegalArgumentException notAYear) {
            return Optional.empty();
        }
    }
}
