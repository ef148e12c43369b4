package org.schoolscope.assessment.domain;

import java.util.stream.Collectors;

/** Writes a condition back as text, in the rulebook's own notation, for explanations. */
final class ExpressionText {

    private ExpressionText() {
    }

    static String render(Expression expression) {
        if (expression instanceof Expression.NumberLiteral) {
            return Observed.formatNumber(((Expression.NumberLiteral) expression).value());
        }
        if (expression instanceof Expression.TextLiteral) {
            return "'" + ((Expression.TextLiteral) expression).value() + "'";
        }
        if (expression instanceof Expression.FactReference) {
            return ((Expression.FactReference) expression).name();
        }
        if (expression instanceof Expression.ParameterReference) {
            return "$" + ((Expression.ParameterReference) expression).name();
        }
        if (expression instanceof Expression.NationalFigure) {
            return "england(" + ((Expression.NationalFigure) expression).measure() + ")";
        }
        if (expression instanceof Expression.Arithmetic) {
            Expression.Arithmetic arithmetic = (Expression.Arithmetic) expression;
            return render(arithmetic.left()) + " " + arithmetic.operator().symbol() + " "
                    + grouped(arithmetic.right(), !(arithmetic.right() instanceof Expression.Arithmetic));
        }
        if (expression instanceof Expression.Comparison) {
            Expression.Comparison comparison = (Expression.Comparison) expression;
            return render(comparison.left()) + " " + comparison.operator().symbol() + " "
                    + render(comparison.right());
        }
        if (expression instanceof Expression.Membership) {
            Expression.Membership membership = (Expression.Membership) expression;
            return render(membership.subject()) + " in ("
                    + membership.candidates().stream().map(ExpressionText::render).collect(Collectors.joining(", "))
                    + ")";
        }
        if (expression instanceof Expression.And) {
            Expression.And and = (Expression.And) expression;
            return grouped(and.left(), !(and.left() instanceof Expression.Or)) + " and "
                    + grouped(and.right(), !(and.right() instanceof Expression.Or));
        }
        if (expression instanceof Expression.Or) {
            Expression.Or or = (Expression.Or) expression;
            return render(or.left()) + " or " + render(or.right());
        }
        Expression.Not not = (Expression.Not) expression;
        boolean simple = not.operand() instanceof Expression.FactReference || not.operand() instanceof Expression.Not;
        return "not " + grouped(not.operand(), simple);
    }

    private static String grouped(Expression expression, boolean bare) {
        return bare ? render(expression) : "(" + render(expression) + ")";
    }
}
