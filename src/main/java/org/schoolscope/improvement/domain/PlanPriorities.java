package org.schoolscope.improvement.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Seed 004, Stage 2: the plan "will always prioritise those actions which are required to ensure that Ofsted
 * outcomes are maintained or improved upon", then the areas "where performance is in the lowest quartile". Orders a
 * school's assessment reasons so: Ofsted-critical first, then lowest-quartile areas, then the rest.
 */
public final class PlanPriorities {

    private PlanPriorities() {
    }

    /** One reason the assessment gave: its rule, what it does (its consequence) and the sentence a head reads. */
    public record Reason(String ruleId, String description, String consequence, String explanation) {
    }

    public static List<String> order(List<Reason> reasons, String ofstedCategory) {
        List<String> ofsted = new ArrayList<>();
        List<String> lowestQuartile = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Reason reason : reasons) {
            String text = reason.explanation() == null || reason.explanation().isBlank() ? reason.description()
                    : reason.explanation();
            if (isOfstedCritical(reason, ofstedCategory)) {
                ofsted.add(text);
            } else if (isLowestQuartile(reason)) {
                lowestQuartile.add(text);
            } else {
                others.add(text);
            }
        }
        List<String> ordered = new ArrayList<>(ofsted);
        ordered.addAll(lowestQuartile);
        ordered.addAll(others);
        return List.copyOf(ordered);
    }

    static boolean isOfstedCritical(Reason reason, String ofstedCategory) {
        String consequence = lower(reason.consequence());
        return (ofstedCategory != null && consequence.contains(lower(ofstedCategory)))
                || lower(reason.ruleId()).startsWith("ofsted") || lower(reason.ruleId()).contains("safeguarding");
    }

    static boolean isLowestQuartile(Reason reason) {
        return lower(reason.ruleId()).contains("quartile") || lower(reason.description()).contains("lowest quar")
                || lower(reason.explanation()).contains("lowest quar");
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
