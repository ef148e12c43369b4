package org.schoolscope.profile.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.schoolscope.access.AllowedSchools;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.inspection.Inspections;
import org.schoolscope.inspection.LatestInspection;
import org.schoolscope.performance.Figures;
import org.schoolscope.profile.read.Overview;
import org.schoolscope.register.SchoolOnDate;
import org.schoolscope.register.SchoolRegister;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.shared.AsAt;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page's counts, from the owners' answers: which schools were open on the date and as what (the register),
 * their latest graded inspection then (inspection), and how many inspections and figures are on record about them.
 */
@Repository
public class OverviewQuery {

    private static final int LATEST_IMPORTS = 5;

    private final SchoolRegister register;
    private final Inspections inspections;
    private final Figures figures;
    private final AllowedSchools allowed;
    private final ImportLogQuery imports;

    public OverviewQuery(SchoolRegister register, Inspections inspections, Figures figures, AllowedSchools allowed,
            ImportLogQuery imports) {
        this.register = register;
        this.inspections = inspections;
        this.figures = figures;
        this.allowed = allowed;
        this.imports = imports;
    }

    /**
     * The counts over the council's schools open on the date that the viewer may see: a partner or headteacher
     * counts their own schools, and their inspections and figures, never the council's.
     */
    @Transactional(readOnly = true)
    public Overview overview(LaCode council, LocalDate asAt, ViewerScope viewer) {
        List<SchoolOnDate> all = register.schools(asAt, SchoolSet.ALL, council);
        Set<Urn> visible = allowed.visible(viewer, all.stream().map(SchoolOnDate::urn).toList());
        List<SchoolOnDate> open = all.stream().filter(school -> visible.contains(school.urn())).toList();
        List<Urn> stateFunded = open.stream().filter(school -> school.isOpenIn(SchoolSet.STATE_FUNDED))
                .map(SchoolOnDate::urn).toList();
        long goodOrBetter = inspections.latestGraded(stateFunded, AsAt.on(asAt)).values().stream()
                .filter(LatestInspection::isGoodOrOutstanding).count();
        List<Urn> urns = open.stream().map(SchoolOnDate::urn).toList();
        return new Overview(asAt, open.size(), stateFunded.size(), count(open, SchoolSet.MAINTAINED),
                count(open, SchoolSet.ACADEMIES), open.size() - stateFunded.size(), goodOrBetter,
                inspections.countRecorded(urns), figures.countRecorded(urns), imports.count(),
                imports.latest(LATEST_IMPORTS));
    }

    private static long count(List<SchoolOnDate> schools, SchoolSet set) {
        return schools.stream().filter(school -> school.isOpenIn(set)).count();
    }
}
