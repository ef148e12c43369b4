package org.schoolscope.assessment.domain;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a checked condition into a tree of small evaluators that read the columns directly, once per
 * evaluation; evaluating a school is then a walk over primitive arrays with no lookups or allocation.
 */
final class EvaluatorBuilder {

    interface Test {
        int test(int school);
    }

    interface Figure {
        double value(int school);
    }

    private final Bindings bindings;
    // By identity: two equal sub-conditions in different rules are different nodes, and caching by identity keeps
    // evidence collection from rebuilding evaluators for every school.
    private final Map<Expression, Test> tests = new IdentityHashMap<>();
    private final Map<Expression, Figure> figures = new IdentityHashMap<>();

    EvaluatorBuilder(Bindings bindings) {
        this.bindings = bindings;
    }

    Bindings bindings() {
        return bindings;
    }

    Test test(Expression expression) {
        Test test = tests.get(expression);
        if (test == null) {
            test = buildTest(expression);
            tests.put(expression, test);
        }
        return test;
    }

    Figure figure(Expression expression) {
        Figure figure = figures.get(expression);
        if (figure == null) {
            figure = buildFigure(expression);
            figures.put(expression, figure);
        }
        return figure;
    }

    private Test buildTest(Expression expression) {
        if (expression instanceof Expression.FactReference) {
            double[] flags = bindings.table().numberColumn(((Expression.FactReference) expression).name());
            return school -> Double.isNaN(flags[school]) ? Truth.UNKNOWN : Truth.of(flags[school] == 1);
        }
        if (expression instanceof Expression.Comparison) {
            return comparison((Expression.Comparison) expression);
        }
        if (expression instanceof Expression.Membership) {
            return membership((Expression.Membership) expression);
        }
        if (expression instanceof Expression.And) {
            Test left = test(((Expression.And) expression).left());
            Test right = test(((Expression.And) expression).right());
            return school -> Truth.and(left.test(school), right.test(school));
        }
        if (expression instanceof Expression.Or) {
            Test left = test(((Expression.Or) expression).left());
            Test right = test(((Expression.Or) expression).right());
            return school -> Truth.or(left.test(school), right.test(school));
        }
        if (expression instanceof Expression.Not) {
            Test operand = test(((Expression.Not) expression).operand());
            return school -> Truth.not(operand.test(school));
        }
        throw new IllegalStateException("Not a yes-or-no question: " + expression);
    }

    private Figure buildFigure(Expression expression) {
        if (expression instanceof Expression.NumberLiteral) {
            double value = ((Expression.NumberLiteral) expression).value();
            return school -> value;
        }
        if (expression instanceof Expression.FactReference) {
            double[] column = bindings.table().numberColumn(((Expression.FactReference) expression).name());
            return school -> column[school];
        }
        if (expression instanceof Expression.ParameterReference) {
            double[] column = bindings.parameters().get(((Expression.ParameterReference) expression).name()).values();
            return school -> column[school];
        }
        if (expression instanceof Expression.NationalFigure) {
            double[] column = bindings.nationalColumn(((Expression.NationalFigure) expression).measure());
            return school -> column[school];
        }
        if (expression instanceof Expression.Arithmetic) {
            Expression.Arithmetic arithmetic = (Expression.Arithmetic) expression;
            Figure left = figure(arithmetic.left());
            Figure right = figure(arithmetic.right());
            Expression.ArithmeticOperator operator = arithmetic.operator();
            // NaN carries through + and -, so a missing figure stays missing.
            return school -> operator.apply(left.value(school), right.value(school));
        }
        throw new IllegalStateException("Not a number: " + expression);
    }

    private Test comparison(Expression.Comparison comparison) {
        if (isWordComparison(comparison)) {
            boolean factOnLeft = comparison.left() instanceof Expression.FactReference;
            Expression.FactReference fact = (Expression.FactReference) (factOnLeft ? comparison.left()
                    : comparison.right());
            Expression.TextLiteral word = (Expression.TextLiteral) (factOnLeft ? comparison.right()
                    : comparison.left());
            int[] codes = bindings.table().wordColumn(fact.name());
            int code = bindings.table().wordCode(fact.name(), word.value());
            boolean equal = comparison.operator() == ComparisonOperator.EQUAL;
            return school -> codes[school] == FactTable.MISSING_WORD ? Truth.UNKNOWN
                    : Truth.of((codes[school] == code) == equal);
        }
        Figure left = figure(comparison.left());
        Figure right = figure(comparison.right());
        ComparisonOperator operator = comparison.operator();
        return school -> {
            double a = left.value(school);
            double b = right.value(school);
            return Double.isNaN(a) || Double.isNaN(b) ? Truth.UNKNOWN : Truth.of(operator.holds(a, b));
        };
    }

    private Test membership(Expression.Membership membership) {
        List<Expression> candidates = membership.candidates();
        if (membership.subject() instanceof Expression.FactReference
                && candidates.get(0) instanceof Expression.TextLiteral) {
            String fact = ((Expression.FactReference) membership.subject()).name();
            int[] codes = bindings.table().wordColumn(fact);
            int[] wanted = candidates.stream()
                    .mapToInt(word -> bindings.table().wordCode(fact, ((Expression.TextLiteral) word).value()))
                    .toArray();
            return school -> {
                int code = codes[school];
                if (code == FactTable.MISSING_WORD) {
                    return Truth.UNKNOWN;
                }
                for (int candidate : wanted) {
                    if (candidate == code) {
                        return Truth.TRUE;
                    }
                }
                return Truth.FALSE;
            };
        }
        Figure subject = figure(membership.subject());
        double[] wanted = candidates.stream().mapToDouble(number -> ((Expression.NumberLiteral) number).value())
                .toArray();
        return school -> {
            double value = subject.value(school);
            if (Double.isNaN(value)) {
                return Truth.UNKNOWN;
            }
            for (double candidate : wanted) {
                if (candidate == value) {
                    return Truth.TRUE;
                }
            }
            return Truth.FALSE;
        };
    }

    static boolean isWordComparison(Expression.Comparison comparison) {
        return comparison.left() instanceof Expression.TextLiteral
                || comparison.right() instanceof Expression.TextLiteral;
    }
}
