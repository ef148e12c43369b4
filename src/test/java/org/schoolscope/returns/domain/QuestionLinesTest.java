package org.schoolscope.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionLinesTest {

    @Test
    void shouldReadEveryTypeOfQuestionAsWritten() {
        QuestionLines.Parsed parsed = QuestionLines.parse("""
                # The council's own lettings audit
                lettings | yes-no | The school lets its premises
                fee-share | number 0 to 100 | What share of costs do fees cover? | As a percentage
                checked-on | date, optional | When were the lettings last checked?
                confidence | scale 1 to 5 | How confident are you? | 1 is low
                phase | choice Primary / Secondary / All-through | Which phase?
                notes | text, optional | Anything else?
                """);

        assertThat(parsed.problems()).isEmpty();
        List<Question> questions = parsed.questions();
        assertThat(questions).extracting(Question::code).containsExactly("lettings", "fee-share", "checked-on",
                "confidence", "phase", "notes");
        assertThat(questions).extracting(Question::type).containsExactly(AnswerType.YES_NO, AnswerType.NUMBER,
                AnswerType.DATE, AnswerType.SCALE, AnswerType.CHOICE, AnswerType.TEXT);
        assertThat(questions).extracting(Question::required).containsExactly(true, true, false, true, true, false);
        assertThat(questions.get(1).minimum()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(questions.get(1).maximum()).isEqualByComparingTo(BigDecimal.valueOf(100));
        assertThat(questions.get(1).hint()).isEqualTo("As a percentage");
        assertThat(questions.get(4).choices()).containsExactly("Primary", "Secondary", "All-through");
        assertThat(questions).extracting(Question::position).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void shouldNameEveryLineThatIsWrongNotOnlyTheFirst() {
        QuestionLines.Parsed parsed = QuestionLines.parse("""
                ok | yes-no | Fine
                Bad Code | yes-no | Spaces in the code
                ok | text | The same code again
                size | scale 5 to 1 | Backwards
                colour | colour | No such type
                only-two | yes-no
                pick | choice Red | One option
                """);

        assertThat(parsed.problems()).extracting(QuestionLines.LineProblem::line).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(parsed.problems()).extracting(QuestionLines.LineProblem::messageKey).containsExactly(
                "returns.questions.error.code", "returns.questions.error.duplicateCode",
                "returns.questions.error.range", "returns.questions.error.type", "returns.questions.error.parts",
                "returns.questions.error.choices");
    }

    @Test
    void shouldWriteQuestionsBackAsTheLinesTheyWereReadFrom() {
        for (ReturnKind kind : List.of(ReturnKind.SECTION_175, ReturnKind.GOVERNANCE_SELF_EVALUATION,
                ReturnKind.RELATIONSHIP_SURVEY, ReturnKind.DATA_EXCHANGE)) {
            QuestionLines.Parsed readyMade = QuestionLines.parse(ReadyMadeReturns.of(kind).questions());
            assertThat(readyMade.problems()).as(kind.name()).isEmpty();
            assertThat(QuestionLines.parse(QuestionLines.write(readyMade.questions())).questions())
                    .as(kind.name()).isEqualTo(readyMade.questions());
        }
    }
}
