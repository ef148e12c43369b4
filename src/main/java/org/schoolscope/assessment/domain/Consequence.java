package org.schoolscope.assessment.domain;

import java.util.Objects;

/** What a rule does when its condition holds: place the school in a category, or add weight to its score. */
public sealed interface Consequence {

    record PlaceInCategory(String category) implements Consequence {

        public PlaceInCategory {
            Objects.requireNonNull(category, "category");
        }
    }

    record AddConcern(int weight) implements Consequence {

        public AddConcern {
            if (weight <= 0) {
                throw new IllegalArgumentException("A concern's weight is a positive whole number, not " + weight);
            }
        }
    }
}
