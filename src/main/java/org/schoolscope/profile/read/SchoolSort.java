package org.schoolscope.profile.read;

import java.util.Arrays;
import java.util.Optional;

/** The orders the school list can be sorted in. */
public enum SchoolSort {
    NAME("name"), URN("urn"), PHASE("phase"), OUTCOME("outcome"), INSPECTED("inspected");

    private final String parameter;

    SchoolSort(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<SchoolSort> fromParameter(String text) {
        return Arrays.stream(values()).filter(s -> s.parameter.equals(text)).findFirst();
    }
}
