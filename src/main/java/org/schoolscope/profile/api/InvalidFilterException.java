package org.schoolscope.profile.api;

import java.util.List;

/** The API was asked for a list with filter values it cannot use; the API answers 400 naming them. */
class InvalidFilterException extends RuntimeException {

    private final List<String> parameters;

    InvalidFilterException(List<String> parameters) {
        super("These parameters have values the list cannot use: " + String.join(", ", parameters));
        this.parameters = List.copyOf(parameters);
    }

    List<String> parameters() {
        return parameters;
    }
}
