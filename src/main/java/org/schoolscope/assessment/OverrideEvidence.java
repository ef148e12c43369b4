package org.schoolscope.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import org.schoolscope.assessment.domain.StandardFacts;

/**
 * The evidence an override answered, as a fingerprint: the category the run computed, whether other information held
 * by the council counted, and each published reason's rule with the figures and inspections it read (value, year and
 * source). A later run with the same fingerprint found the same evidence, so the override still holds; any change
 * asks the officer to confirm it. The months since a graded inspection grow with every run, so that fact counts by
 * the inspection it was read from, not by its value. Reasons from soft intelligence are left out: they are not
 * published, and a change in one shows as a change of category.
 */
final class OverrideEvidence {

    private OverrideEvidence() {
    }

    static String fingerprint(SchoolResult result) {
        StringBuilder text = new StringBuilder(result.category()).append('\n').append(result.otherInformation());
        result.reasons().stream().filter(reason -> !reason.confidential())
                .sorted(Comparator.comparing(AssessmentReason::ruleId)).forEach(reason -> {
                    text.append('\n').append(reason.ruleId());
                    for (AssessmentReason.ReasonEvidence evidence : reason.evidence()) {
                        for (AssessmentReason.FactReading reading : evidence.readings()) {
                            text.append('|').append(reading.fact()).append('=')
                                    .append(StandardFacts.MONTHS_SINCE_GRADED.equals(reading.fact()) ? ""
                                            : reading.value())
                                    .append('@').append(reading.year()).append(',').append(reading.sourceFile());
                        }
                    }
                });
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
