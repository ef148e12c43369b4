package org.schoolscope.returns.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schoolscope.shared.Urn;

/**
 * Draws a validation sample (seed 000: "5% independent validation", "visits undertaken (5% annually)") so that anyone
 * can draw it again from the record. The size is the share of the schools asked, rounded up. Schools of concern and
 * schools that have not returned are taken first when the council's rules say so, then any the officer chose; schools
 * sampled for the same kind of return the year before are left out of the random draw unless chosen. The remaining
 * places go to the eligible schools with the lowest draw numbers, a school's draw number being the first 16
 * hexadecimal digits of the SHA-256 hash of the seed, a colon and its URN ("8413:103157"): no random-number library,
 * and no dependence on the order the schools were listed in.
 */
public final class SampleDraw {

    public static final String METHOD = "Sample size: %s%% of the %d schools asked, rounded up (%d). %s"
            + "The remaining places are filled at random: each eligible school's draw number is the first 16 "
            + "hexadecimal digits of the SHA-256 hash of the seed, a colon and the school's URN (for example "
            + "\"%d:%d\"), and the schools with the lowest draw numbers are taken.";

    private SampleDraw() {
    }

    /** Why a school of the population was or was not taken. */
    public enum Status {
        RANDOM, SCHOOL_OF_CONCERN, NON_RETURNER, CHOSEN, NOT_DRAWN, SAMPLED_LAST_YEAR;

        public boolean sampled() {
            return this == RANDOM || this == SCHOOL_OF_CONCERN || this == NON_RETURNER || this == CHOSEN;
        }
    }

    /** The council's rules for one draw. */
    public record Rules(BigDecimal sharePercent, boolean includeSchoolsOfConcern, boolean includeNonReturners,
            boolean excludePreviousYear) {

        public Rules {
            if (sharePercent == null || sharePercent.signum() <= 0 || sharePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("The sample's share is more than 0% and at most 100%");
            }
        }
    }

    /** Every school of the population with its status and, where it was in the random draw, its draw number. */
    public record Outcome(Map<Urn, Status> statuses, Map<Urn, String> drawNumbers, int size, String method) {

        public Outcome {
            statuses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
            drawNumbers = Map.copyOf(drawNumbers);
        }

        public List<Urn> sampled() {
            return statuses.entrySet().stream().filter(entry -> entry.getValue().sampled()).map(Map.Entry::getKey)
                    .toList();
        }

        public List<Urn> drawnAtRandom() {
            return statuses.entrySet().stream().filter(entry -> entry.getValue() == Status.RANDOM)
                    .map(Map.Entry::getKey).toList();
        }
    }

    public static int size(BigDecimal sharePercent, int population) {
        return sharePercent.multiply(BigDecimal.valueOf(population)).divide(BigDecimal.valueOf(100), 0,
                RoundingMode.CEILING).intValueExact();
    }

    public static Outcome draw(long seed, Rules rules, Collection<Urn> population, Set<Urn> schoolsOfConcern,
            Set<Urn> nonReturners, Set<Urn> sampledLastYear, Set<Urn> chosen) {
        List<Urn> schools = population.stream().distinct().sorted().toList();
        int size = size(rules.sharePercent(), schools.size());
        Map<Urn, Status> statuses = new LinkedHashMap<>();
        for (Urn urn : schools) {
            if (rules.includeSchoolsOfConcern() && schoolsOfConcern.contains(urn)) {
                statuses.put(urn, Status.SCHOOL_OF_CONCERN);
            } else if (rules.includeNonReturners() && nonReturners.contains(urn)) {
                statuses.put(urn, Status.NON_RETURNER);
            } else if (chosen.contains(urn)) {
                statuses.put(urn, Status.CHOSEN);
            } else if (rules.excludePreviousYear() && sampledLastYear.contains(urn)) {
                statuses.put(urn, Status.SAMPLED_LAST_YEAR);
            } else {
                statuses.put(urn, Status.NOT_DRAWN);
            }
        }
        long taken = statuses.values().stream().filter(Status::sampled).count();
        List<Urn> eligible = statuses.entrySet().stream().filter(entry -> entry.getValue() == Status.NOT_DRAWN)
                .map(Map.Entry::getKey).toList();
        int places = (int) Math.max(0, size - taken);
        Map<Urn, String> numbers = new LinkedHashMap<>();
        eligible.forEach(urn -> numbers.put(urn, drawNumber(seed, urn)));
        for (Urn urn : randomPicks(seed, eligible, places)) {
            statuses.put(urn, Status.RANDOM);
        }
        Urn example = schools.isEmpty() ? new Urn(100000) : schools.get(0);
        String method = String.format(java.util.Locale.UK, METHOD, rules.sharePercent().stripTrailingZeros()
                .toPlainString(), schools.size(), size, rulesText(rules), seed, example.value());
        return new Outcome(statuses, numbers, size, method);
    }

    /** The eligible schools with the lowest draw numbers: what a re-draw from the record recomputes. */
    public static List<Urn> randomPicks(long seed, Collection<Urn> eligible, int places) {
        return eligible.stream().sorted(Comparator.comparing((Urn urn) -> drawNumber(seed, urn))
                .thenComparing(Comparator.naturalOrder())).limit(places).sorted().toList();
    }

    public static String drawNumber(long seed, Urn urn) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((seed + ":" + urn.value()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    private static String rulesText(Rules rules) {
        StringBuilder text = new StringBuilder();
        if (rules.includeSchoolsOfConcern()) {
            text.append("Schools of concern on the latest assessment are always taken. ");
        }
        if (rules.includeNonReturners()) {
            text.append("Schools whose return was overdue when the sample was drawn are always taken. ");
        }
        text.append("Schools the officer chose are taken. ");
        if (rules.excludePreviousYear()) {
            text.append("Schools sampled for the same kind of return the year before are left out of the random "
                    + "draw unless chosen. ");
        }
        return text.toString();
    }
}
