package org.schoolscope.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.schoolscope.shared.Urn;

class SampleDrawTest {

    private static final List<Urn> POPULATION = IntStream.rangeClosed(1, 100).mapToObj(i -> new Urn(103000 + i))
            .toList();
    private static final SampleDraw.Rules FIVE_PERCENT = new SampleDraw.Rules(BigDecimal.valueOf(5), true, true, true);

    @Test
    void shouldComputeADrawNumberAnyoneCanCheckWithASha256Tool() {
        // printf '8413:103157' | sha256sum, first 16 hexadecimal digits.
        assertThat(SampleDraw.drawNumber(8413, new Urn(103157))).isEqualTo("181212ad3a382cd3");
    }

    @Test
    void shouldTakeFivePercentRoundedUpWithMandatorySchoolsFirst() {
        assertThat(SampleDraw.size(BigDecimal.valueOf(5), 412)).isEqualTo(21);
        assertThat(SampleDraw.size(BigDecimal.valueOf(5), 100)).isEqualTo(5);
        Urn concern = POPULATION.get(10);
        Urn nonReturner = POPULATION.get(20);
        Urn chosen = POPULATION.get(30);

        SampleDraw.Outcome outcome = SampleDraw.draw(42, FIVE_PERCENT, POPULATION, Set.of(concern),
                Set.of(nonReturner), Set.of(), Set.of(chosen));

        assertThat(outcome.size()).isEqualTo(5);
        assertThat(outcome.sampled()).hasSize(5).contains(concern, nonReturner, chosen);
        assertThat(outcome.statuses().get(concern)).isEqualTo(SampleDraw.Status.SCHOOL_OF_CONCERN);
        assertThat(outcome.statuses().get(nonReturner)).isEqualTo(SampleDraw.Status.NON_RETURNER);
        assertThat(outcome.statuses().get(chosen)).isEqualTo(SampleDraw.Status.CHOSEN);
        assertThat(outcome.drawnAtRandom()).hasSize(2);
        assertThat(outcome.method()).contains("5% of the 100 schools asked, rounded up (5)", "SHA-256",
                "\"42:103001\"");
    }

    @Test
    void shouldDrawTheSameSchoolsFromTheSameSeedWhateverTheOrderAndDifferentOnesFromAnother() {
        List<Urn> reversed = new java.util.ArrayList<>(POPULATION);
        java.util.Collections.reverse(reversed);
        SampleDraw.Outcome first = SampleDraw.draw(8413, FIVE_PERCENT, POPULATION, Set.of(), Set.of(), Set.of(),
                Set.of());
        SampleDraw.Outcome again = SampleDraw.draw(8413, FIVE_PERCENT, reversed, Set.of(), Set.of(), Set.of(),
                Set.of());
        SampleDraw.Outcome other = SampleDraw.draw(8414, FIVE_PERCENT, POPULATION, Set.of(), Set.of(), Set.of(),
                Set.of());

        assertThat(first.sampled()).hasSize(5).containsExactlyInAnyOrderElementsOf(again.sampled());
        assertThat(other.sampled()).isNotEqualTo(first.sampled());
        // By hand: the five schools with the lowest draw numbers.
        List<Urn> byHand = POPULATION.stream()
                .sorted(java.util.Comparator.comparing((Urn urn) -> sha256Prefix("8413:" + urn.value()))).limit(5)
                .sorted().toList();
        assertThat(first.drawnAtRandom()).isEqualTo(byHand);
    }

    @Test
    void shouldLeaveLastYearsSchoolsOutOfTheRandomDrawUnlessChosen() {
        Set<Urn> lastYear = Set.copyOf(POPULATION.subList(0, 95));
        Urn chosenAgain = POPULATION.get(0);

        SampleDraw.Outcome outcome = SampleDraw.draw(7, FIVE_PERCENT, POPULATION, Set.of(), Set.of(), lastYear,
                Set.of(chosenAgain));

        assertThat(outcome.sampled()).contains(chosenAgain).hasSize(5);
        assertThat(outcome.drawnAtRandom()).containsExactlyInAnyOrderElementsOf(POPULATION.subList(95, 99).stream()
                .filter(urn -> outcome.drawnAtRandom().contains(urn)).toList()).hasSize(4)
                .allMatch(urn -> !lastYear.contains(urn));
        assertThat(outcome.statuses().get(POPULATION.get(1))).isEqualTo(SampleDraw.Status.SAMPLED_LAST_YEAR);
    }

    private static String sha256Prefix(String text) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                hex.append(String.format("%02x", hash[i]));
            }
            return hex.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
