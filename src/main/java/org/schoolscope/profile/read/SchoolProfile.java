package org.schoolscope.profile.read;

import java.util.List;

/** Everything the profile page and the API show about one school. */
public record SchoolProfile(RegisterEntry register, List<SchoolLink> links, List<InspectionRecord> inspections,
        List<FigureComparison> figures) {

    public SchoolProfile {
        links = List.copyOf(links);
        inspections = List.copyOf(inspections);
        figures = List.copyOf(figures);
    }
}
