package org.schoolscope.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {

    private final java.util.List<Question> questions = QuestionLines.parse("""
            lead | yes-no | A designated safeguarding lead
            trained-on | date | When was the lead trained?
            staff | number 0 to 100 | Share of staff trained
            confidence | scale 1 to 5 | Confidence
            phase | choice Primary / Secondary | Phase
            notes | text, optional | Notes
            """).questions();

    @Test
    void shouldKeepAnswersInOneWrittenForm() {
        AnswerCheck.Checked checked = AnswerCheck.check(questions, Map.of("lead", "yes", "trained-on", "2026-9-4",
                "staff", "87.50%", "confidence", "4", "phase", "Primary", "notes", "  none  "), true);

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.answers()).containsExactly(Map.entry("lead", "yes"), Map.entry("trained-on", "2026-09-04"),
                Map.entry("staff", "87.5"), Map.entry("confidence", "4"), Map.entry("phase", "Primary"),
                Map.entry("notes", "none"));
    }

    @Test
    void shouldAllowAPartDraftButNotAPartSubmission() {
        Map<String, String> partial = Map.of("lead", "yes", "trained-on", "--");

        assertThat(AnswerCheck.check(questions, partial, false).problems()).isEmpty();
        assertThat(AnswerCheck.check(questions, partial, true).problems()).extracting(AnswerCheck.Problem::code)
                .containsExactly("trained-on", "staff", "confidence", "phase");
    }

    @Test
    void shouldRefuseAnswersOfTheWrongKindEvenInADraft() {
        AnswerCheck.Checked checked = AnswerCheck.check(questions, Map.of("lead", "maybe", "trained-on", "2026-2-30",
                "staff", "101", "confidence", "3.5", "phase", "Nursery"), false);

        assertThat(checked.problems()).extracting(AnswerCheck.Problem::messageKey).containsExactly(
                "returns.answer.yesNo", "returns.answer.date", "returns.answer.outOfRange", "returns.answer.scale",
                "returns.answer.choice");
        assertThat(checked.answers()).isEmpty();
    }
}
