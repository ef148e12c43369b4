package org.schoolscope.assessment.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the sentence a headteacher reads for a rule that fired, e.g. "Attainment in the council's lowest quarter:
 * Reading, writing and maths: % at the expected standard was 41 in 2018-19 (DfE's key stage 2 performance tables
 * 2018 to 2019, final), below the lowest quartile key stage 2 reading, writing and maths (the 25th percentile across
 * 12 primary schools), which is 52.5." Names and files are in words: the exact file stays with the evidence.
 */
final class ExplanationWriter {

    private ExplanationWriter() {
    }

    static String fired(String description, List<Evidence> evidence) {
        return description + ": " + evidence.stream().map(ExplanationWriter::sentence)
                .collect(Collectors.joining("; ")) + ".";
    }

    static String unchecked(String ruleId, String description, List<String> notAvailable) {
        return "Could not check \"" + description + "\" because these are not available: "
                + String.join(", ", notAvailable) + ".";
    }

    static String sentence(Evidence evidence) {
        StringBuilder sentence = new StringBuilder(evidence.subject());
        List<Reading> readings = evidence.readings();
        // A subject that is one fact is written by its label; a sum or difference by its formula.
        boolean subjectIsOneFact = !readings.isEmpty() && readings.get(0).label().equals(evidence.subject());
        if (evidence.comparisonValue() == null && evidence.relation().endsWith("recorded as")) {
            sentence.append(" was ").append(evidence.relation()).append(' ').append(evidence.value().display());
        } else {
            sentence.append(" was ").append(evidence.value().display());
        }
        int from = 0;
        if (subjectIsOneFact) {
            Reading subject = readings.get(0);
            sentence.append(" in ").append(subject.provenance().year()).append(" (")
                    .append(PlainWords.source(subject.provenance().source())).append(')');
            from = 1;
        }
        if (!evidence.relation().endsWith("recorded as")) {
            sentence.append(", ").append(evidence.relation()).append(' ').append(evidence.comparedWith());
            Observed comparison = evidence.comparisonValue();
            if (comparison != null && !evidence.comparedWith().equals(comparison.display())) {
                sentence.append(", which is ").append(comparison.display());
            }
        }
        for (Reading reading : readings.subList(from, readings.size())) {
            sentence.append("; ").append(reading.label()).append(" was ").append(reading.value().display())
                    .append(" in ").append(reading.provenance().year()).append(" (")
                    .append(PlainWords.source(reading.provenance().source())).append(')');
        }
        return sentence.toString();
    }
}
