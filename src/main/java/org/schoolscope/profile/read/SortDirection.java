package org.schoolscope.profile.read;

import java.util.Arrays;
import java.util.Optional;

public enum SortDirection {
    ASCENDING("asc"), DESCENDING("desc");

    private final String parameter;

    SortDirection(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public SortDirection reversed() {
        return this == ASCENDING ? DESCENDING : ASCENDING;
    }

    public static Optional<SortDirection> fromParameter(String text) {
        return Arrays.stream(values()).filter(d -> d.parameter.equals(text)).findFirst();
    }
}
