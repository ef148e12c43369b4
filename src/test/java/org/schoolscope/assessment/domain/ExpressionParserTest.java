package org.schoolscope.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schoolscope.assessment.domain.Expression.And;
import org.schoolscope.assessment.domain.Expression.Arithmetic;
import org.schoolscope.assessment.domain.Expression.Comparison;
import org.schoolscope.assessment.domain.Expression.FactReference;
import org.schoolscope.assessment.domain.Expression.Membership;
import org.schoolscope.assessment.domain.Expression.NationalFigure;
import org.schoolscope.assessment.domain.Expression.Not;
import org.schoolscope.assessment.domain.Expression.NumberLiteral;
import org.schoolscope.assessment.domain.Expression.Or;
import org.schoolscope.assessment.domain.Expression.ParameterReference;
import org.schoolscope.assessment.domain.Expression.TextLiteral;

class ExpressionParserTest {

    @Test
    void shouldBindAndTighterThanOr() {
        Expression parsed = ExpressionParser.parse("a < 1 or b < 2 and c < 3");

        assertThat(parsed).isInstanceOf(Or.class);
        Or or = (Or) parsed;
        assertThat(or.left()).isInstanceOf(Comparison.class);
        assertThat(or.right()).isInstanceOf(And.class);
    }

    @Test
    void shouldLetParenthesesOverridePrecedence() {
        Expression parsed = ExpressionParser.parse("(a < 1 or b < 2) and c < 3");

        assertThat(parsed).isInstanceOf(And.class);
        assertThat(((And) parsed).left()).isInstanceOf(Or.class);
    }

    @Test
    void shouldApplyNotToTheNearestCondition() {
        Expression parsed = ExpressionParser.parse("not a < 1 and b < 2");

        assertThat(parsed).isInstanceOf(And.class);
        assertThat(((And) parsed).left()).isInstanceOf(Not.class);
    }

    @Test
    void shouldDoArithmeticBeforeComparingAndSubtractFromTheLeft() {
        Expression parsed = ExpressionParser.parse("x > england(ks2.rwm_expected) - 10 - 5");

        Comparison comparison = (Comparison) parsed;
        assertThat(comparison.operator()).isEqualTo(ComparisonOperator.GREATER);
        Arithmetic outer = (Arithmetic) comparison.right();
        assertThat(outer.right()).isEqualTo(new NumberLiteral(38, 5));
        Arithmetic inner = (Arithmetic) outer.left();
        assertThat(inner.left()).isEqualTo(new NationalFigure(5, "ks2.rwm_expected"));
        assertThat(inner.right()).isEqualTo(new NumberLiteral(33, 10));
    }

    @Test
    void shouldReadEveryKindOfTermWithItsPosition() {
        Expression parsed = ExpressionParser.parse("ks2.rwm_expected <= $lowest_quartile_rwm");

        assertThat(parsed).isEqualTo(new Comparison(18, ComparisonOperator.LESS_OR_EQUAL,
                new FactReference(1, "ks2.rwm_expected"), new ParameterReference(21, "lowest_quartile_rwm")));
    }

    @Test
    void shouldReadNegativeNumbersAndDecimals() {
        Comparison parsed = (Comparison) ExpressionParser.parse("ks4.progress8 < -0.5");

        assertThat(parsed.right()).isEqualTo(new NumberLiteral(17, -0.5));
    }

    @Test
    void shouldReadAListOfWordsAfterIn() {
        Membership parsed = (Membership) ExpressionParser.parse("ofsted.category in ('SM', \"SWK\")");

        assertThat(parsed.subject()).isEqualTo(new FactReference(1, "ofsted.category"));
        assertThat(parsed.candidates()).containsExactly(new TextLiteral(21, "SM"), new TextLiteral(27, "SWK"));
    }

    @Test
    void shouldReadEveryComparisonOperator() {
        for (ComparisonOperator operator : ComparisonOperator.values()) {
            Comparison parsed = (Comparison) ExpressionParser.parse("a " + operator.symbol() + " 1");
            assertThat(parsed.operator()).isEqualTo(operator);
        }
    }

    @Test
    void shouldNotMistakeAFactStartingWithAKeywordForTheKeyword() {
        Expression parsed = ExpressionParser.parse("order_rate < 1 and notice == 'x' or india > 2");

        Or or = (Or) parsed;
        And and = (And) or.left();
        assertThat(((Comparison) and.left()).left()).isEqualTo(new FactReference(1, "order_rate"));
        assertThat(((Comparison) and.right()).left()).isEqualTo(new FactReference(20, "notice"));
        assertThat(((Comparison) or.right()).left()).isEqualTo(new FactReference(37, "india"));
    }

    @Test
    void shouldRefuseASingleEqualsSignAtItsPosition() {
        assertThatThrownBy(() -> ExpressionParser.parse("ofsted.category = 'SM'"))
                .isInstanceOfSatisfying(ExpressionSyntaxException.class, e -> {
                    assertThat(e.position()).isEqualTo(17);
                    assertThat(e.getMessage()).contains("'=='");
                });
    }

    @Test
    void shouldRefuseAConditionThatStopsHalfWay() {
        assertThatThrownBy(() -> ExpressionParser.parse("ks2.rwm_expected <"))
                .isInstanceOfSatisfying(ExpressionSyntaxException.class, e -> {
                    assertThat(e.position()).isEqualTo(19);
                    assertThat(e.getMessage()).contains("ends where a value was expected");
                });
    }

    @Test
    void shouldRefuseAnUnclosedParenthesisNamingWhereItOpened() {
        assertThatThrownBy(() -> ExpressionParser.parse("(a < 1 or b < 2"))
                .isInstanceOfSatisfying(ExpressionSyntaxException.class, e -> {
                    assertThat(e.position()).isEqualTo(16);
                    assertThat(e.getMessage()).contains("position 1");
                });
    }

    @Test
    void shouldRefuseAnUnclosedQuote() {
        assertThatThrownBy(() -> ExpressionParser.parse("ofsted.category == 'SM"))
                .isInstanceOfSatisfying(ExpressionSyntaxException.class,
                        e -> assertThat(e.position()).isEqualTo(20));
    }

    @Test
    void shouldRefuseTrailingText() {
        assertThatThrownBy(() -> ExpressionParser.parse("a < 1 b"))
                .isInstanceOfSatisfying(ExpressionSyntaxException.class, e -> {
                    assertThat(e.position()).isEqualTo(7);
                    assertThat(e.getMessage()).contains("'b'");
                });
    }

    @Test
    void shouldRefuseAnEmptyCondition() {
        assertThatThrownBy(() -> ExpressionParser.parse("  ")).isInstanceOf(ExpressionSyntaxException.class);
    }

    @Test
    void shouldRefuseAKeywordUsedAsAValue() {
        assertThatThrownBy(() -> ExpressionParser.parse("a < and"))
                .isInstanceOfSatisfying(ExpressionSyntaxException.class, e -> assertThat(e.position()).isEqualTo(5));
    }

    @Test
    void shouldRenderAConditionBackInTheRulebookNotation() {
        String source = "not (a < 1 or b in ('x', 'y')) and c - england(m) >= $p";

        assertThat(ExpressionText.render(ExpressionParser.parse(source))).isEqualTo(source);
        assertThat(List.of(ExpressionText.render(ExpressionParser.parse("a - (b - c) > 1"))))
                .containsExactly("a - (b - c) > 1");
    }
}
