package org.schoolscope.assessment.domain;

import java.util.Map;

/**
 * Checks a parsed condition against the facts and parameters it names and the way it uses them: numbers are
 * compared with numbers, judgement words only with their allowed words, flags stand alone, and the whole condition
 * is a yes-or-no question. Refuses with the position and the name at fault.
 */
final class ConditionChecker {

    enum Type {
        NUMBER, TEXT, TRUTH
    }

    private final FactCatalogue facts;
    private final Map<String, Parameter> parameters;

    ConditionChecker(FactCatalogue facts, Map<String, Parameter> parameters) {
        this.facts = facts;
        this.parameters = parameters;
    }

    /** @throws ExpressionSyntaxException naming the first problem found */
    void check(Expression condition) {
        expect(condition, Type.TRUTH, "a rule's condition must be a yes-or-no question, such as a comparison");
    }

    private Type typeOf(Expression expression) {
        if (expression instanceof Expression.NumberLiteral) {
            return Type.NUMBER;
        }
        if (expression instanceof Expression.TextLiteral) {
            return Type.TEXT;
        }
        if (expression instanceof Expression.FactReference) {
            FactDefinition fact = fact((Expression.FactReference) expression);
            switch (fact.kind()) {
                case NUMBER:
                    return Type.NUMBER;
                case TEXT:
                    return Type.TEXT;
                default:
                    return Type.TRUTH;
            }
        }
        if (expression instanceof Expression.ParameterReference) {
            Expression.ParameterReference reference = (Expression.ParameterReference) expression;
            if (!parameters.containsKey(reference.name())) {
                throw new ExpressionSyntaxException(reference.position(),
                        "unknown parameter '$" + reference.name() + "'");
            }
            return Type.NUMBER;
        }
        if (expression instanceof Expression.NationalFigure) {
            Expression.NationalFigure national = (Expression.NationalFigure) expression;
            FactDefinition fact = facts.find(national.measure()).orElseThrow(() -> new ExpressionSyntaxException(
                    national.position(), "unknown measure '" + national.measure() + "'"));
            if (!fact.measure()) {
                throw new ExpressionSyntaxException(national.position(),
                        "'" + national.measure() + "' is not a measure, so it has no national figure");
            }
            return Type.NUMBER;
        }
        if (expression instanceof Expression.Arithmetic) {
            Expression.Arithmetic arithmetic = (Expression.Arithmetic) expression;
            String why = "'" + arithmetic.operator().symbol() + "' works on numbers only";
            expect(arithmetic.left(), Type.NUMBER, why);
            expect(arithmetic.right(), Type.NUMBER, why);
            return Type.NUMBER;
        }
        if (expression instanceof Expression.Comparison) {
            checkComparison((Expression.Comparison) expression);
            return Type.TRUTH;
        }
        if (expression instanceof Expression.Membership) {
            checkMembership((Expression.Membership) expression);
            return Type.TRUTH;
        }
        if (expression instanceof Expression.And) {
            Expression.And and = (Expression.And) expression;
            expect(and.left(), Type.TRUTH, "'and' joins yes-or-no questions");
            expect(and.right(), Type.TRUTH, "'and' joins yes-or-no questions");
            return Type.TRUTH;
        }
        if (expression instanceof Expression.Or) {
            Expression.Or or = (Expression.Or) expression;
            expect(or.left(), Type.TRUTH, "'or' joins yes-or-no questions");
            expect(or.right(), Type.TRUTH, "'or' joins yes-or-no questions");
            return Type.TRUTH;
        }
        Expression.Not not = (Expression.Not) expression;
        expect(not.operand(), Type.TRUTH, "'not' applies to a yes-or-no question");
        return Type.TRUTH;
    }

    private void checkComparison(Expression.Comparison comparison) {
        Type left = typeOf(comparison.left());
        Type right = typeOf(comparison.right());
        if (left == Type.TRUTH || right == Type.TRUTH) {
            throw new ExpressionSyntaxException(comparison.position(),
                    "a yes-or-no fact is used on its own, not compared with '" + comparison.operator().symbol()
                            + "'");
        }
        if (left == Type.NUMBER && right == Type.NUMBER) {
            return;
        }
        if (comparison.operator().isOrdering()) {
            throw new ExpressionSyntaxException(comparison.position(), "'" + comparison.operator().symbol()
                    + "' compares numbers; judgement words are compared with ==, != or in");
        }
        if (left != right) {
            throw new ExpressionSyntaxException(comparison.position(), "a number is compared with a word");
        }
        if (comparison.left() instanceof Expression.FactReference
                && comparison.right() instanceof Expression.TextLiteral) {
            checkWord((Expression.FactReference) comparison.left(), (Expression.TextLiteral) comparison.right());
        } else if (comparison.right() instanceof Expression.FactReference
                && comparison.left() instanceof Expression.TextLiteral) {
            checkWord((Expression.FactReference) comparison.right(), (Expression.TextLiteral) comparison.left());
        } else {
            throw new ExpressionSyntaxException(comparison.position(),
                    "a judgement is compared with a word in quotes, such as 'Inadequate'");
        }
    }

    private void checkMembership(Expression.Membership membership) {
        Type subject = typeOf(membership.subject());
        if (subject == Type.TRUTH) {
            throw new ExpressionSyntaxException(membership.position(),
                    "a yes-or-no fact is used on its own, not with 'in'");
        }
        for (Expression candidate : membership.candidates()) {
            if (subject == Type.TEXT) {
                if (!(candidate instanceof Expression.TextLiteral)
                        || !(membership.subject() instanceof Expression.FactReference)) {
                    throw new ExpressionSyntaxException(candidate.position(),
                            "'in' lists words in quotes after a judgement, such as ('Inadequate', 'Good')");
                }
                checkWord((Expression.FactReference) membership.subject(), (Expression.TextLiteral) candidate);
            } else if (!(candidate instanceof Expression.NumberLiteral)) {
                throw new ExpressionSyntaxException(candidate.position(), "'in' after a number lists numbers");
            }
        }
    }

    private void checkWord(Expression.FactReference reference, Expression.TextLiteral word) {
        FactDefinition fact = fact(reference);
        if (!fact.allows(word.value())) {
            throw new ExpressionSyntaxException(word.position(), "'" + word.value() + "' is not a value "
                    + fact.name() + " can take (" + String.join(", ", fact.allowedWords()) + ")");
        }
    }

    private void expect(Expression expression, Type wanted, String why) {
        if (typeOf(expression) != wanted) {
            throw new ExpressionSyntaxException(expression.position(), why);
        }
    }

    private FactDefinition fact(Expression.FactReference reference) {
        return facts.find(reference.name()).orElseThrow(() -> new ExpressionSyntaxException(reference.position(),
                "unknown fact or measure '" + reference.name() + "'"));
    }
}
