package org.schoolscope.returns.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schoolscope.returns.domain.AnswerType;
import org.schoolscope.returns.domain.Question;
import org.springframework.util.MultiValueMap;

/**
 * A return's answers as the form's fields: each question's control is named {@code a-} and its code; a date's three
 * boxes add Day, Month and Year. Read back into answers by question code, a date as year-month-day.
 */
final class AnswerFields {

    static final String PREFIX = "a-";

    private AnswerFields() {
    }

    static String field(Question question) {
        return PREFIX + question.code();
    }

    /** The control the error summary links to: a date's day box, any other question's first control. */
    static String target(Question question) {
        return question.type() == AnswerType.DATE ? field(question) + "Day" : field(question);
    }

    /** The posted fields as answers by question code. */
    static Map<String, String> answers(List<Question> questions, MultiValueMap<String, String> posted) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question question : questions) {
            String field = field(question);
            if (question.type() == AnswerType.DATE) {
                String day = blankIfNull(posted.getFirst(field + "Day"));
                String month = blankIfNull(posted.getFirst(field + "Month"));
                String year = blankIfNull(posted.getFirst(field + "Year"));
                answers.put(question.code(), day.isBlank() && month.isBlank() && year.isBlank() ? ""
                        : year.strip() + "-" + month.strip() + "-" + day.strip());
            } else {
                answers.put(question.code(), blankIfNull(posted.getFirst(field)));
            }
        }
        return answers;
    }

    /** The posted fields to show again, as typed. */
    static Map<String, String> values(MultiValueMap<String, String> posted) {
        Map<String, String> values = new HashMap<>();
        posted.forEach((name, typed) -> {
            if (name.startsWith(PREFIX) && !typed.isEmpty()) {
                values.put(name, typed.get(0));
            }
        });
        return values;
    }

    /** Stored answers as the form's fields, a date split into its three boxes. */
    static Map<String, String> values(List<Question> questions, Map<String, String> answers) {
        Map<String, String> values = new HashMap<>();
        for (Question question : questions) {
            String answer = answers.get(question.code());
            if (answer == null) {
                continue;
            }
            if (question.type() == AnswerType.DATE) {
                LocalDate date = LocalDate.parse(answer);
                values.put(field(question) + "Day", Integer.toString(date.getDayOfMonth()));
                values.put(field(question) + "Month", Integer.toString(date.getMonthValue()));
                values.put(field(question) + "Year", Integer.toString(date.getYear()));
            } else {
                values.put(field(question), answer);
            }
        }
        return values;
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
