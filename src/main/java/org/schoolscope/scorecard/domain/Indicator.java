package org.schoolscope.scorecard.domain;

import java.util.Objects;

/**
 * One performance indicator of the council's catalogue: its reference (seed 001's "Ref"), name, the plan outcome it
 * measures, definition, which direction is better, unit, how its periods are counted, its target and where its
 * values come from.
 *
 * @param decimals the decimal places its values are shown with
 */
public record Indicator(String code, String name, String outcome, String definition, Polarity polarity, Unit unit,
        int decimals, PeriodType periodType, Target target, Source source) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(periodType, "periodType");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(source, "source");
        outcome = outcome == null ? "" : outcome;
        definition = definition == null ? "" : definition;
        if (decimals < 0 || decimals > 4) {
            throw new IllegalArgumentException("decimals is 0 to 4, not " + decimals);
        }
    }

    /** Whether Schoolscope computes the values from its own records. */
    public boolean computed() {
        return source instanceof Source.Computed;
    }

    /** Whether an officer enters the values (no published series holds them). */
    public boolean enteredByOfficer() {
        return source instanceof Source.Officer;
    }

    /** Which direction of a value is better. */
    public enum Polarity {
        HIGHER, LOWER
    }

    /** How a value is written. */
    public enum Unit {
        PERCENT, SCORE, NUMBER
    }

    /** How the indicator's periods are counted, and so which period of a scorecard year it shows. */
    public enum PeriodType {
        ACADEMIC, FINANCIAL, CALENDAR
    }

    /** What Schoolscope can compute from its own records, as the catalogue names it. */
    public enum Computation {
        /** Of the state-funded schools open, the share whose latest graded inspection was Good or Outstanding. */
        SCHOOLS_GOOD_OR_OUTSTANDING("schools-good-or-outstanding"),
        /**
         * Of the state-funded schools open whose latest graded inspection fell in the academic year, the share
         * judged Good or Outstanding at it.
         */
        INSPECTED_IN_YEAR_GOOD_OR_OUTSTANDING("inspected-in-year-good-or-outstanding");

        private final String key;

        Computation(String key) {
            this.key = key;
        }

        /** The name the catalogue's YAML gives it. */
        public String key() {
            return key;
        }

        /** The computation of that name, or null. */
        public static Computation ofKey(String key) {
            for (Computation computation : values()) {
                if (computation.key.equals(key)) {
                    return computation;
                }
            }
            return null;
        }
    }

    /** Where the values come from. */
    public sealed interface Source {

        /** A published series on record: the figures of this measure (e.g. {@code lait.KS2RWM_Expected_STD}). */
        record Series(String measure) implements Source {
            public Series {
                Objects.requireNonNull(measure, "measure");
            }
        }

        /**
         * Computed from Schoolscope's own records as at the end of each period (the academic year's 31 August): one of
         * a closed set of computations, each answered through the owners' read APIs.
         */
        record Computed(Computation computation) implements Source {
            public Computed {
                Objects.requireNonNull(computation, "computation");
            }
        }

        /** Entered by an officer for each period, with its evidence (not built yet). */
        record Officer() implements Source {
        }
    }
}
