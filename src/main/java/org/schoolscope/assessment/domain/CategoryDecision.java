package org.schoolscope.assessment.domain;

import java.util.List;

/**
 * Which category a school's fired rules put it in: the most severe of the categories its rules name and of the
 * score bands its score reaches, else the category for no concern. Taking the most severe of both (rather than
 * consulting bands only when no category rule fired) means a weak category rule can never lower a high score.
 * An academy's concern is then routed to the notification category; the category the rules found is kept.
 */
final class CategoryDecision {

    private CategoryDecision() {
    }

    static int score(List<Consequence> fired) {
        int score = 0;
        for (Consequence consequence : fired) {
            score += consequence.weight();
        }
        return score;
    }

    static Category decide(CompiledRulebook rulebook, List<Consequence> fired, int score) {
        Category decided = rulebook.defaultCategory();
        for (Consequence consequence : fired) {
            if (consequence instanceof Consequence.PlaceInCategory) {
                decided = moreSevere(decided,
                        rulebook.category(((Consequence.PlaceInCategory) consequence).category()));
            }
        }
        for (ScoreBand band : rulebook.rulebook().scoreBands()) {
            if (score >= band.minimumScore()) {
                decided = moreSevere(decided, rulebook.category(band.category()));
            }
        }
        return decided;
    }

    /** Where the council places the school: its own list, or a notification for a body it does not oversee. */
    static String placement(CompiledRulebook rulebook, Category assessed, SchoolFactSheet school) {
        Notification notification = rulebook.rulebook().notification();
        boolean concern = !assessed.equals(rulebook.defaultCategory());
        return concern && notification.covers(school.responsibleBody()) ? notification.category() : assessed.name();
    }

    private static Category moreSevere(Category one, Category other) {
        return other.severity() > one.severity() ? other : one;
    }
}
