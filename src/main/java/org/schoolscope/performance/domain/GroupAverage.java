package org.schoolscope.performance.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mean of members' published values, for an average DfE does not publish: weighted by pupils where every member
 * with a value has a pupil count, else each member counting once. Members without a value are named, not counted as
 * zero. The result keeps two more decimal places than the most precise value it was made from.
 */
public final class GroupAverage {

    /** One member's published value and, where known, its pupils. */
    public record Member(String name, BigDecimal value, BigDecimal pupils) {
    }

    /** The mean, whether it was weighted by pupils, and who had a value and who had none. */
    public record Mean(BigDecimal value, boolean pupilWeighted, List<String> counted, List<String> withoutValue) {
    }

    private GroupAverage() {
    }

    public static Optional<Mean> of(List<Member> members) {
        List<Member> counted = members.stream().filter(m -> m.value() != null).toList();
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        List<String> without = new ArrayList<>();
        members.stream().filter(m -> m.value() == null).forEach(m -> without.add(m.name()));
        int scale = counted.stream().mapToInt(m -> Math.max(0, m.value().stripTrailingZeros().scale())).max()
                .orElse(0) + 2;
        boolean weighted = counted.stream().allMatch(m -> m.pupils() != null && m.pupils().signum() > 0);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Member member : counted) {
            BigDecimal weight = weighted ? member.pupils() : BigDecimal.ONE;
            total = total.add(member.value().multiply(weight));
            weights = weights.add(weight);
        }
        BigDecimal mean = total.divide(weights, MathContext.DECIMAL64).setScale(scale, RoundingMode.HALF_UP);
        return Optional.of(new Mean(mean, weighted, counted.stream().map(Member::name).toList(), without));
    }
}
