package org.schoolscope.assessment.domain;

import java.util.List;

/**
 * Which category a school's fired rules put it in: the most severe of the categories its rules name and of the
 * score bands its score reaches, else the category for no concern. Taking the most severe of both (rather than
 * consulting bands only when no category rule fired) means a weak category rule can never lower a high score.
 */
final class CategoryDecision {

    private CategoryDecision() {
    }

    static int score(List<FiredRule> fired) {
        int score = 0;
        for (FiredRule rule : fired) {
            if (rule.consequence() instanceof Consequence.AddConcern) {
                score += ((Consequence.AddConcern) rule.consequence()).weight();
            }
        }
        return score;
    }

    static Category decide(CompiledRulebook rulebook, List<FiredRule> fired, int score) {
        Category decided = rulebook.defaultCategory();
        for (FiredRule rule : fired) {
            if (rule.consequence() instanceof Consequence.PlaceInCategory) {
                decided = moreSevere(decided,
                        rulebook.category(((Consequence.PlaceInCategory) rule.consequence()).category()));
            }
        }
        for (ScoreBand band : rulebook.rulebook().scoreBands()) {
            if (score >= band.minimumScore()) {
                decided = moreSevere(decided, rulebook.category(band.category()));
            }
        }
        return decided;
    }

    private static Category moreSevere(Category one, Category other) {
        return other.severity() > one.severity() ? other : one;
    }
}
