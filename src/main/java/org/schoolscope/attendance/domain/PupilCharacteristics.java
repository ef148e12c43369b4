package org.schoolscope.attendance.domain;

import java.util.Objects;

/**
 * What the companion file says about a pupil in a year: year group, and where given free school meals, special
 * educational needs provision, English as an additional language and whether the child is in care (null: not given).
 */
public record PupilCharacteristics(String yearGroup, Boolean freeSchoolMeals, SenProvision senProvision,
        Boolean englishAdditionalLanguage, Boolean childInCare) {

    public PupilCharacteristics {
        Objects.requireNonNull(yearGroup, "yearGroup");
    }
}
