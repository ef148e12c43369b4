package org.schoolscope.assessment.domain;

import java.util.Objects;

/** One fact about one school with where it came from. */
public record FactValue(Observed value, Provenance provenance) {

    public FactValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
    }

    public static FactValue number(double value, Provenance provenance) {
        return new FactValue(new Observed.Number(value), provenance);
    }

    public static FactValue text(String value, Provenance provenance) {
        return new FactValue(new Observed.Text(value), provenance);
    }

    public static FactValue flag(boolean value, Provenance provenance) {
        return new FactValue(new Observed.Flag(value), provenance);
    }

    public static FactValue notAvailable(String reason, Provenance provenance) {
        return new FactValue(new Observed.NotAvailable(reason), provenance);
    }
}
