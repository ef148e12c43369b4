package org.schoolscope.assessment;

import java.util.Objects;
import org.schoolscope.shared.AcademicYear;

/**
 * One value of a {@link SourcedFactDefinition} for one school, with the academic year it describes and where it came
 * from in plain English ("the 2026-27 section 175 safeguarding audit, due 31 January 2027"), which the school's
 * explanation shows. Not available is a value of its own, with its reason, never a zero or a "no".
 */
public record SourcedFact(String name, Value value, AcademicYear year, String source) {

    public SourcedFact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(source, "source");
    }

    public static SourcedFact flag(String name, boolean value, AcademicYear year, String source) {
        return new SourcedFact(name, new Flag(value), year, source);
    }

    public static SourcedFact number(String name, double value, AcademicYear year, String source) {
        return new SourcedFact(name, new Number(value), year, source);
    }

    public static SourcedFact text(String name, String value, AcademicYear year, String source) {
        return new SourcedFact(name, new Text(value), year, source);
    }

    public static SourcedFact notAvailable(String name, String reason, AcademicYear year, String source) {
        return new SourcedFact(name, new NotAvailable(reason), year, source);
    }

    /** A fact's value, of the kind its definition names. */
    public sealed interface Value permits Flag, Number, Text, NotAvailable {
    }

    public record Flag(boolean value) implements Value {
    }

    public record Number(double value) implements Value {

        public Number {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("A missing figure is NotAvailable, not " + value);
            }
        }
    }

    public record Text(String value) implements Value {

        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    public record NotAvailable(String reason) implements Value {

        public NotAvailable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
