package org.schoolscope.profile.persistence;

import java.util.Optional;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.profile.read.SchoolProfile;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads a whole profile in one transaction so that an import committing meanwhile cannot split it. */
@Service
public class SchoolProfileQuery {

    private final RegisterEntryQuery register;
    private final InspectionHistoryQuery inspections;
    private final FigureComparisonQuery figures;

    public SchoolProfileQuery(RegisterEntryQuery register, InspectionHistoryQuery inspections,
            FigureComparisonQuery figures) {
        this.register = register;
        this.inspections = inspections;
        this.figures = figures;
    }

    /** The profile, if the school is in the register and the viewer may see it. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<SchoolProfile> find(Urn urn, ViewerScope viewer) {
        return register.find(urn, viewer).map(entry -> new SchoolProfile(entry, register.links(urn, viewer),
                inspections.history(urn), figures.latestFor(urn, entry.laCode(), entry.phase(), entry.establishmentType())));
    }
}
