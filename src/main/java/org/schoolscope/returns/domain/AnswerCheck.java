package org.schoolscope.returns.domain;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a school's answers against the questions: every answer of the right kind and within its ends, always; every
 * required question answered, only when the return is submitted (a draft may be partial). Answers are kept in one
 * written form: yes or no, numbers without grouping, dates as 2027-01-31.
 */
public final class AnswerCheck {

    static final int MAX_TEXT = 5000;

    private AnswerCheck() {
    }

    /** A question to answer again: its code, and what is wrong as a message key and values. */
    public record Problem(String code, String messageKey, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    /** The answers in their kept form, in question order, and the problems found. */
    public record Checked(Map<String, String> answers, List<Problem> problems) {

        public Checked {
            answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param raw answers by question code as typed; a date as year-month-day from the three boxes, e.g. 2027-1-31
     */
    public static Checked check(List<Question> questions, Map<String, String> raw, boolean submitting) {
        Map<String, String> answers = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Question question : questions) {
            String value = raw.get(question.code());
            value = value == null ? "" : value.strip();
            if (value.isEmpty() || (question.type() == AnswerType.DATE && value.replace("-", "").isBlank())) {
                if (submitting && question.required()) {
                    problems.add(new Problem(question.code(), "returns.answer.required", List.of()));
                }
                continue;
            }
            String kept = kept(question, value, problems);
            if (kept != null) {
                answers.put(question.code(), kept);
            }
        }
        return new Checked(answers, problems);
    }

    private static String kept(Question question, String value, List<Problem> problems) {
        switch (question.type()) {
            case YES_NO -> {
                if (value.equals("yes") || value.equals("no")) {
                    return value;
                }
                problems.add(new Problem(question.code(), "returns.answer.yesNo", List.of()));
                return null;
            }
            case TEXT -> {
                if (value.length() > MAX_TEXT) {
                    problems.add(new Problem(question.code(), "returns.answer.tooLong", List.of(MAX_TEXT)));
                    return null;
                }
                return value;
            }
            case CHOICE -> {
                if (question.choices().contains(value)) {
                    return value;
                }
                problems.add(new Problem(question.code(), "returns.answer.choice", List.of()));
                return null;
            }
            case DATE -> {
                LocalDate date = date(value);
                if (date == null) {
                    problems.add(new Problem(question.code(), "returns.answer.date", List.of()));
                    return null;
                }
                return date.toString();
            }
            case NUMBER, SCALE -> {
                BigDecimal number = number(value.endsWith("%") ? value.substring(0, value.length() - 1) : value);
                if (number == null || (question.type() == AnswerType.SCALE
                        && number.stripTrailingZeros().scale() > 0)) {
                    problems.add(new Problem(question.code(), question.type() == AnswerType.SCALE
                            ? "returns.answer.scale" : "returns.answer.number", ends(question)));
                    return null;
                }
                if ((question.minimum() != null && number.compareTo(question.minimum()) < 0)
                        || (question.maximum() != null && number.compareTo(question.maximum()) > 0)) {
                    problems.add(new Problem(question.code(), "returns.answer.outOfRange", ends(question)));
                    return null;
                }
                return number.stripTrailingZeros().toPlainString();
            }
            default -> throw new IllegalStateException("Unknown answer type " + question.type());
        }
    }

    private static List<Object> ends(Question question) {
        return question.minimum() == null ? List.of()
                : List.of(question.minimum().toPlainString(), question.maximum().toPlainString());
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Year-month-day, as the three boxes of a GOV.UK date input give it; anything else, or no such day, is null. */
    static LocalDate date(String text) {
        String[] parts = text.split("-", -1);
        if (parts.length != 3) {
            return null;
        }
        try {
            int year = Integer.parseInt(parts[0].strip());
            if (year < 1900 || year > 2999) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(parts[1].strip()), Integer.parseInt(parts[2].strip()));
        } catch (NumberFormatException | DateTimeException notADate) {
            return null;
        }
    }
}
