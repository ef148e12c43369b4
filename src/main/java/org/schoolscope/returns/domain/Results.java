package org.schoolscope.returns.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The results of returns of one kind compared over time (seed 000 section 5.3: "response rates to survey and
 * improvement in confidence"): for each return, the response rate, and for each question that can be summarised, the
 * average answer (scales and numbers) or the share answering yes, from the schools' latest submitted answers.
 */
public record Results(List<Column> columns, List<QuestionRow> questions) {

    public Results {
        columns = List.copyOf(columns);
        questions = List.copyOf(questions);
    }

    /** One return of the series: its title, how many schools were asked and how many responded. */
    public record Column(long definitionId, String title, int asked, int responded) {

        /** The response rate as a percentage to one decimal place; null when no school was asked. */
        public BigDecimal responseRate() {
            return asked == 0 ? null
                    : BigDecimal.valueOf(responded * 100L).divide(BigDecimal.valueOf(asked), 1, RoundingMode.HALF_UP);
        }
    }

    /** A question and its summary in each column (null where that return did not ask it or nobody answered). */
    public record QuestionRow(String code, String text, AnswerType type, List<Summary> values) {

        public QuestionRow {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** An average or a share of yes answers, to one decimal place, with how many schools answered. */
    public record Summary(BigDecimal value, int answers) {
    }

    /**
     * @param series the returns to compare, oldest first; the last one's questions are the rows
     * @param answers each return's latest submitted answers by school (the schools that responded)
     * @param asked how many schools each return asked
     */
    public static Results of(List<Definition> series, Map<Long, Collection<Map<String, String>>> answers,
            Map<Long, Integer> asked) {
        List<Column> columns = new ArrayList<>();
        for (Definition definition : series) {
            columns.add(new Column(definition.id(), definition.title(), asked.getOrDefault(definition.id(), 0),
                    answers.getOrDefault(definition.id(), List.of()).size()));
        }
        List<QuestionRow> rows = new ArrayList<>();
        if (!series.isEmpty()) {
            for (Question question : series.get(series.size() - 1).questions()) {
                if (!question.summarised()) {
                    continue;
                }
                List<Summary> values = new ArrayList<>();
                for (Definition definition : series) {
                    boolean asks = definition.question(question.code()).map(Question::type)
                            .filter(type -> type == question.type()).isPresent();
                    values.add(asks ? summary(question,
                            answers.getOrDefault(definition.id(), List.of()).stream()
                                    .map(school -> school.get(question.code())).filter(Objects::nonNull).toList())
                            : null);
                }
                rows.add(new QuestionRow(question.code(), question.text(), question.type(), values));
            }
        }
        return new Results(columns, rows);
    }

    private static Summary summary(Question question, List<String> answers) {
        if (answers.isEmpty()) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (String answer : answers) {
            total = total.add(question.type() == AnswerType.YES_NO
                    ? ("yes".equals(answer) ? BigDecimal.valueOf(100) : BigDecimal.ZERO)
                    : new BigDecimal(answer));
        }
        return new Summary(total.divide(BigDecimal.valueOf(answers.size()), 1, RoundingMode.HALF_UP), answers.size());
    }
}
