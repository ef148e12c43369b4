package org.schoolscope.returns.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A return's questions as an officer writes them, one a line, so that a return can be defined on a plain page
 * without scripts:
 *
 * <pre>
 * code | type | question | hint
 * dsl-named | yes-no | The school has a designated safeguarding lead
 * staff-trained | number 0 to 100 | What share of staff completed safeguarding training (%)?
 * confidence | scale 1 to 5 | How confident are you in the council? | 1 is not at all, 5 is very
 * phase | choice Primary / Secondary / All-through | Which phase is the school?
 * actions | text, optional | What will the school do about any "no"?
 * </pre>
 *
 * Types are yes-no, text, number (with optional ends), date, scale (with ends) and choice (options split by /); a
 * type followed by ", optional" need not be answered. Blank lines and lines starting with # are skipped. Every
 * problem is reported with its line, not only the first.
 */
public final class QuestionLines {

    static final int MAX_QUESTIONS = 100;
    private static final Pattern RANGE = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s+to\\s+(-?\\d+(?:\\.\\d+)?)");

    private QuestionLines() {
    }

    /** A line the officer must correct: its number (from 1) and what is wrong, as a message key and values. */
    public record LineProblem(int line, String messageKey, List<Object> arguments) {

        public LineProblem {
            arguments = List.copyOf(arguments);
        }
    }

    public record Parsed(List<Question> questions, List<LineProblem> problems) {

        public Parsed {
            questions = List.copyOf(questions);
            problems = List.copyOf(problems);
        }
    }

    public static Parsed parse(String text) {
        List<Question> questions = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);
        for (int index = 0; index < lines.length; index++) {
            int lineNumber = index + 1;
            String line = lines[index].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> parts = Arrays.stream(line.split("\\|", -1)).map(String::strip).toList();
            if (parts.size() < 3 || parts.size() > 4) {
                problems.add(new LineProblem(lineNumber, "returns.questions.error.parts", List.of()));
                continue;
            }
            String code = parts.get(0).toLowerCase(Locale.ROOT);
            if (!code.matches("[a-z0-9][a-z0-9-]*")) {
                problems.add(new LineProblem(lineNumber, "returns.questions.error.code", List.of(parts.get(0))));
                continue;
            }
            if (!codes.add(code)) {
                problems.add(new LineProblem(lineNumber, "returns.questions.error.duplicateCode", List.of(code)));
                continue;
            }
            if (parts.get(2).isEmpty()) {
                problems.add(new LineProblem(lineNumber, "returns.questions.error.noQuestion", List.of()));
                continue;
            }
            try {
                questions.add(question(questions.size() + 1, code, parts.get(1), parts.get(2),
                        parts.size() == 4 ? parts.get(3) : ""));
            } catch (IllegalArgumentException wrongType) {
                problems.add(new LineProblem(lineNumber, wrongType.getMessage(), List.of(parts.get(1))));
            }
        }
        if (questions.isEmpty() && problems.isEmpty()) {
            problems.add(new LineProblem(0, "returns.questions.error.none", List.of()));
        }
        if (questions.size() > MAX_QUESTIONS) {
            problems.add(new LineProblem(0, "returns.questions.error.tooMany", List.of(MAX_QUESTIONS)));
        }
        return new Parsed(questions, problems);
    }

    /** Writes questions back as lines, so a ready-made return can be shown for the officer to change. */
    public static String write(List<Question> questions) {
        StringBuilder text = new StringBuilder();
        for (Question question : questions) {
            text.append(question.code()).append(" | ").append(typeText(question)).append(" | ")
                    .append(question.text());
            if (!question.hint().isBlank()) {
                text.append(" | ").append(question.hint());
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static Question question(int position, String code, String typeText, String text, String hint) {
        String spec = typeText.strip();
        boolean optional = false;
        String lower = spec.toLowerCase(Locale.ROOT);
        if (lower.endsWith(", optional") || lower.endsWith(" optional")) {
            optional = true;
            spec = spec.substring(0, lower.lastIndexOf("optional")).strip();
            if (spec.endsWith(",")) {
                spec = spec.substring(0, spec.length() - 1).strip();
            }
            lower = spec.toLowerCase(Locale.ROOT);
        }
        boolean required = !optional;
        if (lower.equals("yes-no") || lower.equals("yes/no") || lower.equals("yes or no")) {
            return new Question(position, code, text, hint, AnswerType.YES_NO, required, null, null, List.of());
        }
        if (lower.equals("text")) {
            return new Question(position, code, text, hint, AnswerType.TEXT, required, null, null, List.of());
        }
        if (lower.equals("date")) {
            return new Question(position, code, text, hint, AnswerType.DATE, required, null, null, List.of());
        }
        if (lower.startsWith("number")) {
            String rest = spec.substring("number".length()).strip();
            if (rest.isEmpty()) {
                return new Question(position, code, text, hint, AnswerType.NUMBER, required, null, null, List.of());
            }
            BigDecimal[] ends = range(rest);
            return new Question(position, code, text, hint, AnswerType.NUMBER, required, ends[0], ends[1],
                    List.of());
        }
        if (lower.startsWith("scale")) {
            BigDecimal[] ends = range(spec.substring("scale".length()).strip());
            if (ends[0].stripTrailingZeros().scale() > 0 || ends[1].stripTrailingZeros().scale() > 0
                    || ends[1].subtract(ends[0]).intValue() > 10) {
                throw new IllegalArgumentException("returns.questions.error.scale");
            }
            return new Question(position, code, text, hint, AnswerType.SCALE, required, ends[0], ends[1], List.of());
        }
        if (lower.startsWith("choice")) {
            List<String> choices = Arrays.stream(spec.substring("choice".length()).split("/")).map(String::strip)
                    .filter(choice -> !choice.isEmpty()).distinct().toList();
            if (choices.size() < 2) {
                throw new IllegalArgumentException("returns.questions.error.choices");
            }
            return new Question(position, code, text, hint, AnswerType.CHOICE, required, null, null, choices);
        }
        throw new IllegalArgumentException("returns.questions.error.type");
    }

    private static BigDecimal[] range(String text) {
        Matcher matcher = RANGE.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("returns.questions.error.range");
        }
        BigDecimal from = new BigDecimal(matcher.group(1));
        BigDecimal to = new BigDecimal(matcher.group(2));
        if (from.compareTo(to) >= 0) {
            throw new IllegalArgumentException("returns.questions.error.range");
        }
        return new BigDecimal[] {from, to};
    }

    private static String typeText(Question question) {
        String type = switch (question.type()) {
            case YES_NO -> "yes-no";
            case TEXT -> "text";
            case DATE -> "date";
            case NUMBER -> question.minimum() == null ? "number"
                    : "number " + question.minimum().toPlainString() + " to " + question.maximum().toPlainString();
            case SCALE -> "scale " + question.minimum().toPlainString() + " to " + question.maximum().toPlainString();
            case CHOICE -> "choice " + String.join(" / ", question.choices());
        };
        return question.required() ? type : type + ", optional";
    }
}
