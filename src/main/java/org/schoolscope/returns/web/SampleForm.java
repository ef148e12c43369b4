package org.schoolscope.returns.web;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.schoolscope.shared.Urn;

/**
 * What an officer posts to draw a sample: the share (5 by default), an optional seed (one is made when left blank),
 * the council's rules as yes-or-no boxes, and the URNs of any schools they choose to add.
 */
public record SampleForm(String share, String seed, String includeSchoolsOfConcern, String includeNonReturners,
        String excludePreviousYear, String chosen) {

    static SampleForm defaults() {
        return new SampleForm("5", "", "yes", "yes", "yes", "");
    }

    Optional<BigDecimal> shareValue() {
        try {
            BigDecimal value = new BigDecimal(share == null ? "" : share.strip().replace("%", ""));
            return value.signum() > 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0 && value.scale() <= 2
                    ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    boolean seedBlank() {
        return seed == null || seed.isBlank();
    }

    Optional<Long> seedValue() {
        try {
            long value = Long.parseLong(seed.strip());
            return value >= 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException | NullPointerException notANumber) {
            return Optional.empty();
        }
    }

    /** The chosen URNs, or empty when any of them is not a URN. */
    Optional<Set<Urn>> chosenUrns() {
        Set<Urn> urns = new TreeSet<>();
        if (chosen == null || chosen.isBlank()) {
            return Optional.of(urns);
        }
        try {
            for (String part : chosen.strip().split("[\\s,]+")) {
                urns.add(Urn.parse(part));
            }
        } catch (IllegalArgumentException notAUrn) {
            return Optional.empty();
        }
        return Optional.of(urns);
    }

    public boolean ticked(String box) {
        return "yes".equals(box);
    }
}
