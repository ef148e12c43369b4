package org.schoolscope.inspection.domain;

import java.time.LocalDate;
import org.schoolscope.shared.Urn;

/** Facts for fictional inspections (URNs 900001+) in the domain tests. */
final class InspectionFixture {

    private InspectionFixture() {
    }

    static InspectionFacts factsOn(LocalDate start) {
        return new InspectionFacts(new Urn(900001), "90000101", "S5 Inspection", start, start.plusDays(1),
                start.plusWeeks(5), null, "Constructed Test Primary School");
    }
}
