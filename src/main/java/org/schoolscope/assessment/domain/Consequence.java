package org.schoolscope.assessment.domain;

import java.util.Objects;

/**
 * What a rule does when its condition holds: place the school in a category, or add weight to its score. A rule
 * that places a school in a category may add weight too, so that within one category the more severe finding
 * (special measures above Requires improvement) ranks first.
 */
public sealed interface Consequence {

    /** The weight a consequence adds to the school's score; 0 for a category alone. */
    int weight();

    /** As a reason states it: "category: Vulnerable", "category: Causing concern: Ofsted, weight 40", "concern, weight 2". */
    default String describe() {
        if (this instanceof PlaceInCategory place) {
            return "category: " + place.category() + (weight() > 0 ? ", weight " + weight() : "");
        }
        return "concern, weight " + weight();
    }

    record PlaceInCategory(String category, int weight) implements Consequence {

        public PlaceInCategory {
            Objects.requireNonNull(category, "category");
            if (weight < 0) {
                throw new IllegalArgumentException("A rule's weight is zero or a positive whole number, not "
                        + weight);
            }
        }

        public PlaceInCategory(String category) {
            this(category, 0);
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
