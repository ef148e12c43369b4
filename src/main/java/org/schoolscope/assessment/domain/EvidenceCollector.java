package org.schoolscope.assessment.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds, for one school, the comparisons that made a rule's condition hold and the facts each read. Only the parts
 * that decided the outcome count: under {@code or}, the branches that held; under {@code not}, the comparisons that
 * failed. Runs only for rules that fired (or could not be checked), so it may take its time.
 */
final class EvidenceCollector {

    private final EvaluatorBuilder evaluators;
    private final FactCatalogue facts;

    EvidenceCollector(EvaluatorBuilder evaluators, FactCatalogue facts) {
        this.evaluators = evaluators;
        this.facts = facts;
    }

    List<Evidence> evidence(Expression condition, int school) {
        List<Evidence> evidence = new ArrayList<>();
        collect(condition, school, true, evidence);
        return evidence;
    }

    /** The facts, parameters and national figures a condition needs that this school lacks, by name. */
    List<String> notAvailable(Expression condition, int school) {
        Set<String> missing = new LinkedHashSet<>();
        findMissing(condition, school, missing);
        return List.copyOf(missing);
    }

    private void collect(Expression expression, int school, boolean wanted, List<Evidence> evidence) {
        if (expression instanceof Expression.And) {
            collect(((Expression.And) expression).left(), school, wanted, evidence);
            collect(((Expression.And) expression).right(), school, wanted, evidence);
        } else if (expression instanceof Expression.Or) {
            collect(((Expression.Or) expression).left(), school, wanted, evidence);
            collect(((Expression.Or) expression).right(), school, wanted, evidence);
        } else if (expression instanceof Expression.Not) {
            collect(((Expression.Not) expression).operand(), school, !wanted, evidence);
        } else if (evaluators.test(expression).test(school) == Truth.of(wanted)) {
            evidence.add(leaf(expression, school, wanted));
        }
    }

    private Evidence leaf(Expression expression, int school, boolean held) {
        String negation = held ? "" : "not ";
        String condition = ExpressionText.render(expression);
        if (expression instanceof Expression.FactReference) {
            Reading reading = reading(((Expression.FactReference) expression).name(), school);
            return new Evidence(condition, reading.label(), reading.value(), negation + "recorded as", "yes", null,
                    List.of(reading));
        }
        Expression subject;
        List<Expression> others;
        String relation;
        if (expression instanceof Expression.Comparison) {
            Expression.Comparison comparison = (Expression.Comparison) expression;
            subject = comparison.left();
            others = List.of(comparison.right());
            relation = comparison.operator().phrase();
        } else {
            Expression.Membership membership = (Expression.Membership) expression;
            subject = membership.subject();
            others = membership.candidates();
            relation = "one of";
        }
        List<Reading> readings = new ArrayList<>();
        addReadings(subject, school, readings);
        others.forEach(other -> addReadings(other, school, readings));
        Observed comparisonValue = others.size() == 1 ? value(others.get(0), school) : null;
        String comparedWith = others.stream().map(other -> describe(other, school))
                .collect(Collectors.joining(", "));
        return new Evidence(condition, subjectLabel(subject, school), value(subject, school), negation + relation,
                comparedWith, comparisonValue, readings);
    }

    private Observed value(Expression expression, int school) {
        if (expression instanceof Expression.TextLiteral) {
            return new Observed.Text(((Expression.TextLiteral) expression).value());
        }
        if (expression instanceof Expression.FactReference) {
            FactDefinition fact = facts.find(((Expression.FactReference) expression).name()).orElseThrow();
            if (fact.kind() == FactKind.TEXT) {
                return reading(fact.name(), school).value();
            }
        }
        double value = evaluators.figure(expression).value(school);
        return Double.isNaN(value) ? new Observed.NotAvailable("not on record") : new Observed.Number(value);
    }

    private String subjectLabel(Expression subject, int school) {
        return plain(subject, school, false);
    }

    /**
     * A part of a condition in words, as a reason says it: labels, thresholds by name, "England's figure for". A
     * threshold inside a sum gives its value too ({@code inSum}), since the sentence names only the sum's.
     */
    private String plain(Expression expression, int school, boolean inSum) {
        if (expression instanceof Expression.FactReference reference) {
            return label(reference.name());
        }
        if (expression instanceof Expression.ParameterReference reference) {
            double value = evaluators.bindings().parameters().get(reference.name()).values()[school];
            return PlainWords.threshold(reference.name())
                    + (inSum && !Double.isNaN(value) ? " (" + Observed.formatNumber(value) + ")" : "");
        }
        if (expression instanceof Expression.NationalFigure figure) {
            return "England's figure for " + label(figure.measure());
        }
        if (expression instanceof Expression.TextLiteral text) {
            return text.value();
        }
        if (expression instanceof Expression.Arithmetic arithmetic) {
            return plain(arithmetic.left(), school, true)
                    + (arithmetic.operator() == Expression.ArithmeticOperator.PLUS ? " plus " : " minus ")
                    + plain(arithmetic.right(), school, true);
        }
        return ExpressionText.render(expression);
    }

    /** A threshold described by what it is: a percentile says which schools it was computed across. */
    private String describe(Expression expression, int school) {
        if (expression instanceof Expression.ParameterReference) {
            String name = ((Expression.ParameterReference) expression).name();
            return evaluators.bindings().parameters().get(name).description(school);
        }
        return plain(expression, school, false);
    }

    private void addReadings(Expression expression, int school, List<Reading> readings) {
        if (expression instanceof Expression.FactReference) {
            readings.add(reading(((Expression.FactReference) expression).name(), school));
        } else if (expression instanceof Expression.NationalFigure) {
            String measure = ((Expression.NationalFigure) expression).measure();
            String phase = evaluators.bindings().table().school(school).phase();
            String england = evaluators.bindings().national().hasPhaseFigure(measure, phase)
                    ? "England (" + phase + " schools): " : "England: ";
            evaluators.bindings().national().find(measure, phase).ifPresent(figure -> readings.add(new Reading(
                    "england(" + measure + ")", england + label(measure), figure.value(), figure.provenance())));
        } else if (expression instanceof Expression.Arithmetic) {
            addReadings(((Expression.Arithmetic) expression).left(), school, readings);
            addReadings(((Expression.Arithmetic) expression).right(), school, readings);
        }
    }

    private Reading reading(String fact, int school) {
        FactValue value = evaluators.bindings().table().school(school).facts().get(fact);
        if (value == null) {
            throw new IllegalStateException("Evidence asked for " + fact + ", which school "
                    + evaluators.bindings().table().urn(school) + " does not have");
        }
        return new Reading(fact, label(fact), value.value(), value.provenance());
    }

    private String label(String fact) {
        return facts.find(fact).map(FactDefinition::label).orElse(fact);
    }

    private void findMissing(Expression expression, int school, Set<String> missing) {
        if (expression instanceof Expression.FactReference) {
            String name = ((Expression.FactReference) expression).name();
            FactValue value = evaluators.bindings().table().school(school).facts().get(name);
            if (value == null || value.value() instanceof Observed.NotAvailable) {
                missing.add(value == null ? label(name) : label(name) + " (" + ((Observed.NotAvailable) value.value())
                        .reason() + ")");
            }
        } else if (expression instanceof Expression.ParameterReference) {
            String name = ((Expression.ParameterReference) expression).name();
            if (Double.isNaN(evaluators.bindings().parameters().get(name).values()[school])) {
                missing.add(PlainWords.threshold(name) + " (no school in the group has the figure)");
            }
        } else if (expression instanceof Expression.NationalFigure) {
            String measure = ((Expression.NationalFigure) expression).measure();
            if (Double.isNaN(evaluators.bindings().nationalColumn(measure)[school])) {
                missing.add("England's figure for " + label(measure));
            }
        } else if (expression instanceof Expression.Arithmetic) {
            findMissing(((Expression.Arithmetic) expression).left(), school, missing);
            findMissing(((Expression.Arithmetic) expression).right(), school, missing);
        } else if (expression instanceof Expression.Comparison) {
            findMissing(((Expression.Comparison) expression).left(), school, missing);
            findMissing(((Expression.Comparison) expression).right(), school, missing);
        } else if (expression instanceof Expression.Membership) {
            findMissing(((Expression.Membership) expression).subject(), school, missing);
        } else if (expression instanceof Expression.And) {
            findMissing(((Expression.And) expression).left(), school, missing);
            findMissing(((Expression.And) expression).right(), school, missing);
        } else if (expression instanceof Expression.Or) {
            findMissing(((Expression.Or) expression).left(), school, missing);
            findMissing(((Expression.Or) expression).right(), school, missing);
        } else if (expression instanceof Expression.Not) {
            findMissing(((Expression.Not) expression).operand(), school, missing);
        }
    }
}
