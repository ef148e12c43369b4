package org.schoolscope.performance;

import java.util.List;

/**
 * How a figure DfE does not publish was computed, in words a reader can check: the method, and the values it used.
 *
 * @param method e.g. "mean of the published values of Birmingham's statistical neighbours, each council counting once"
 * @param members who the values describe, e.g. the councils' names, in the order used
 * @param membersWithoutValue who the group holds but had no value for the measure and year
 */
public record Computation(String method, List<String> members, List<String> membersWithoutValue) {

    public Computation {
        members = List.copyOf(members);
        membersWithoutValue = List.copyOf(membersWithoutValue);
    }
}
