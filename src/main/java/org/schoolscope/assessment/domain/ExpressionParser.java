package org.schoolscope.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A hand-written recursive-descent parser for rule conditions. Lowest precedence first:
 *
 * <pre>
 * condition  := or
 * or         := and ('or' and)*
 * and        := not ('and' not)*
 * not        := 'not' not | comparison
 * comparison := sum (('<' | '<=' | '>' | '>=' | '==' | '!=') sum | 'in' '(' sum (',' sum)* ')')?
 * sum        := term (('+' | '-') term)*
 * term       := number | '-' number | 'text' | $parameter | england(measure) | fact.name | '(' condition ')'
 * </pre>
 *
 * Hand-written rather than generated so that its messages speak to council officers and the project needs no
 * grammar tool. Positions are counted from 1.
 */
public final class ExpressionParser {

    private final String source;
    private int index;

    private ExpressionParser(String source) {
        this.source = source;
    }

    public static Expression parse(String source) {
        if (source == null || source.isBlank()) {
            throw new ExpressionSyntaxException(1, "the condition is empty");
        }
        ExpressionParser parser = new ExpressionParser(source);
        Expression expression = parser.or();
        parser.skipSpaces();
        if (parser.index < source.length()) {
            throw new ExpressionSyntaxException(parser.index + 1,
                    "unexpected '" + parser.rest() + "' after a complete condition");
        }
        return expression;
    }

    private Expression or() {
        Expression left = and();
        while (acceptWord("or")) {
            int at = left.position();
            left = new Expression.Or(at, left, and());
        }
        return left;
    }

    private Expression and() {
        Expression left = not();
        while (acceptWord("and")) {
            int at = left.position();
            left = new Expression.And(at, left, not());
        }
        return left;
    }

    private Expression not() {
        skipSpaces();
        int at = index + 1;
        if (acceptWord("not")) {
            return new Expression.Not(at, not());
        }
        return comparison();
    }

    private Expression comparison() {
        Expression left = sum();
        skipSpaces();
        int at = index + 1;
        for (String symbol : new String[] {"<=", ">=", "==", "!=", "<", ">"}) {
            if (source.startsWith(symbol, index)) {
                index += symbol.length();
                return new Expression.Comparison(at, ComparisonOperator.ofSymbol(symbol), left, sum());
            }
        }
        if (source.startsWith("=", index)) {
            throw new ExpressionSyntaxException(at, "use '==' to compare, not '='");
        }
        if (acceptWord("in")) {
            expect('(', "'(' after 'in'");
            List<Expression> candidates = new ArrayList<>();
            do {
                candidates.add(sum());
            } while (accept(','));
            expect(')', "')' to close the list after 'in'");
            return new Expression.Membership(left.position(), left, candidates);
        }
        return left;
    }

    private Expression sum() {
        Expression left = term();
        while (true) {
            skipSpaces();
            int at = index + 1;
            if (accept('+')) {
                left = new Expression.Arithmetic(at, Expression.ArithmeticOperator.PLUS, left, term());
            } else if (accept('-')) {
                left = new Expression.Arithmetic(at, Expression.ArithmeticOperator.MINUS, left, term());
            } else {
                return left;
            }
        }
    }

    private Expression term() {
        skipSpaces();
        int at = index + 1;
        if (index >= source.length()) {
            throw new ExpressionSyntaxException(at, "the condition ends where a value was expected");
        }
        char first = source.charAt(index);
        if (first == '(') {
            index++;
            Expression inner = or();
            expect(')', "')' to close the '(' at position " + at);
            return inner;
        }
        if (first == '-' && index + 1 < source.length() && isDigit(source.charAt(index + 1))) {
            index++;
            return new Expression.NumberLiteral(at, -number());
        }
        if (isDigit(first)) {
            return new Expression.NumberLiteral(at, number());
        }
        if (first == '\'' || first == '"') {
            return new Expression.TextLiteral(at, text(first));
        }
        if (first == '$') {
            index++;
            String name = name();
            if (name.isEmpty()) {
                throw new ExpressionSyntaxException(at, "a parameter name is expected after '$'");
            }
            return new Expression.ParameterReference(at, name);
        }
        String name = name();
        if (name.isEmpty()) {
            throw new ExpressionSyntaxException(at, "unexpected '" + rest() + "' where a value was expected");
        }
        if (isKeyword(name)) {
            throw new ExpressionSyntaxException(at, "'" + name + "' cannot be used as a value here");
        }
        if (name.equals("england")) {
            expect('(', "'(' after england, as in england(ks2.rwm_expected)");
            skipSpaces();
            int measureAt = index + 1;
            String measure = name();
            if (measure.isEmpty()) {
                throw new ExpressionSyntaxException(measureAt, "england(...) needs a measure code");
            }
            expect(')', "')' to close england(");
            return new Expression.NationalFigure(at, measure);
        }
        return new Expression.FactReference(at, name);
    }

    private double number() {
        int start = index;
        while (index < source.length() && (isDigit(source.charAt(index)) || source.charAt(index) == '.')) {
            index++;
        }
        String digits = source.substring(start, index);
        try {
            return Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            throw new ExpressionSyntaxException(start + 1, "'" + digits + "' is not a number");
        }
    }

    private String text(char quote) {
        int start = index;
        index++;
        int end = source.indexOf(quote, index);
        if (end < 0) {
            throw new ExpressionSyntaxException(start + 1, "text opened with " + quote + " is never closed");
        }
        String value = source.substring(index, end);
        index = end + 1;
        return value;
    }

    /** Fact, measure and parameter names: letters, digits and underscores, with dots between parts. */
    private String name() {
        int start = index;
        while (index < source.length()) {
            char c = source.charAt(index);
            boolean dotInside = c == '.' && index > start && index + 1 < source.length()
                    && isNameCharacter(source.charAt(index + 1));
            if (isNameCharacter(c) || dotInside) {
                index++;
            } else {
                break;
            }
        }
        return source.substring(start, index);
    }

    private boolean acceptWord(String word) {
        skipSpaces();
        if (source.regionMatches(true, index, word, 0, word.length())) {
            int after = index + word.length();
            if (after == source.length() || !isNameCharacter(source.charAt(after)) && source.charAt(after) != '.') {
                index = after;
                return true;
            }
        }
        return false;
    }

    private boolean accept(char expected) {
        skipSpaces();
        if (index < source.length() && source.charAt(index) == expected) {
            index++;
            return true;
        }
        return false;
    }

    private void expect(char expected, String what) {
        if (!accept(expected)) {
            String found = index < source.length() ? "'" + rest() + "'" : "the end of the condition";
            throw new ExpressionSyntaxException(index + 1, "expected " + what + " but found " + found);
        }
    }

    private void skipSpaces() {
        while (index < source.length() && Character.isWhitespace(source.charAt(index))) {
            index++;
        }
    }

    private String rest() {
        String rest = source.substring(index);
        return rest.length() > 20 ? rest.substring(0, 20) + "..." : rest;
    }

    private static boolean isKeyword(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("and") || lower.equals("or") || lower.equals("not") || lower.equals("in");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameCharacter(char c) {
        return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c);
    }
}
