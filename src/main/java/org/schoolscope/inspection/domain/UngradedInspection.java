package org.schoolscope.inspection.domain;

/**
 * An ungraded (section 8) inspection of a Good or Outstanding school. Ofsted publishes its outcome as text (for
 * example "School remains Good (Concerns) - S5 Next"), kept as published; older ones have no outcome text.
 *
 * @param convertedToGraded whether the visit turned into a graded inspection; null when the file does not say
 */
public record UngradedInspection(InspectionFacts facts, String outcome, Boolean convertedToGraded)
        implements Inspection {

    public UngradedInspection {
        if (facts == null) {
            throw new IllegalArgumentException("An inspection needs its facts");
        }
        if (outcome != null && outcome.isBlank()) {
            outcome = null;
        }
    }

    @Override
    public Framework framework() {
        return Framework.UNGRADED;
    }

    @Override
    public String headline() {
        String base = outcome != null ? outcome : "Ungraded inspection";
        return Boolean.TRUE.equals(convertedToGraded) ? base + " (converted to a graded inspection)" : base;
    }

    /** Ofsted marks an ungraded outcome that signals a drop "(Concerns)"; the next inspection will be graded. */
    public boolean raisedConcerns() {
        return outcome != null && outcome.contains("(Concerns)");
    }
}
