package org.schoolscope.performance;

/** A measure as its layout defines it: code, label, unit, whether higher is better (null when neither), topic. */
public record Measure(String code, String label, String unit, Boolean higherIsBetter, String topic) {
}
