package org.schoolscope.returns.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A validation sample as drawn: the council's rules, the seed and the method written out, where the schools of
 * concern came from, who drew it and when, and every school of the population with its status.
 */
public record Sample(long id, long definitionId, BigDecimal sharePercent, long seed, String method,
        boolean includeSchoolsOfConcern, boolean includeNonReturners, boolean excludePreviousYear,
        String concernSource, String drawnBy, Instant drawnAt, List<SampleSchool> population) {

    public Sample {
        population = List.copyOf(population);
    }

    public SampleDraw.Rules rules() {
        return new SampleDraw.Rules(sharePercent, includeSchoolsOfConcern, includeNonReturners, excludePreviousYear);
    }

    public List<SampleSchool> sampled() {
        return population.stream().filter(school -> school.status().sampled()).toList();
    }

    public List<org.schoolscope.shared.Urn> drawnAtRandom() {
        return population.stream().filter(school -> school.status() == SampleDraw.Status.RANDOM)
                .map(SampleSchool::urn).sorted().toList();
    }

    /** The schools that were in the random draw (drawn or not), which a re-draw draws from again. */
    public List<org.schoolscope.shared.Urn> eligible() {
        return population.stream().filter(school -> school.status() == SampleDraw.Status.RANDOM
                || school.status() == SampleDraw.Status.NOT_DRAWN).map(SampleSchool::urn).toList();
    }
}
