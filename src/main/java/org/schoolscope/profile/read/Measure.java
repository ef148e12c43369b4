package org.schoolscope.profile.read;

/** What a figure measures; unit is one of PERCENT, SCORE, COUNT, RATE, TEXT, MONEY. */
public record Measure(String code, String label, String unit, Boolean higherIsBetter, String topic) {
}
