package org.schoolscope.assessment.domain;

import java.util.List;

/**
 * A parsed rule condition. Every node keeps the position in the source text where it starts, so that a refusal can
 * point at the offending name and an explanation can quote the condition as the council wrote it.
 */
public sealed interface Expression {

    int position();

    record NumberLiteral(int position, double value) implements Expression {
    }

    record TextLiteral(int position, String value) implements Expression {
    }

    /** A named fact about a school: an Ofsted judgement, a soft-intelligence flag or a measure code. */
    record FactReference(int position, String name) implements Expression {
    }

    /** A rulebook parameter, written {@code $name}. */
    record ParameterReference(int position, String name) implements Expression {
    }

    /** {@code england(measure)}: the national figure for a measure. */
    record NationalFigure(int position, String measure) implements Expression {
    }

    record Arithmetic(int position, ArithmeticOperator operator, Expression left, Expression right)
            implements Expression {
    }

    record Comparison(int position, ComparisonOperator operator, Expression left, Expression right)
            implements Expression {
    }

    /** {@code subject in ('a', 'b')}. */
    record Membership(int position, Expression subject, List<Expression> candidates) implements Expression {

        public Membership {
            candidates = List.copyOf(candidates);
        }
    }

    record And(int position, Expression left, Expression right) implements Expression {
    }

    record Or(int position, Expression left, Expression right) implements Expression {
    }

    record Not(int position, Expression operand) implements Expression {
    }

    enum ArithmeticOperator {
        PLUS("+"), MINUS("-");

        private final String symbol;

        ArithmeticOperator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public double apply(double left, double right) {
            return this == PLUS ? left + right : left - right;
        }
    }
}
