package org.schoolscope.correspondence.persistence;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schoolscope.access.AllowedSchools;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.correspondence.MaintainedSchool;
import org.schoolscope.performance.Figure;
import org.schoolscope.performance.Figures;
import org.schoolscope.register.SchoolOnDate;
import org.schoolscope.register.SchoolRegister;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.shared.AsAt;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Component;

/**
 * What letters and reports read of the other modules, through their read APIs: the council's maintained schools on a
 * date (register), schools' names, and schools' latest figures on a date (performance). Correspondence stores nothing
 * and reads no other module's tables.
 */
@Component
public class CorrespondenceQueries {

    private final SchoolRegister register;
    private final Figures figures;
    private final AllowedSchools allowed;
    private final Clock clock;

    CorrespondenceQueries(SchoolRegister register, Figures figures, AllowedSchools allowed, Clock clock) {
        this.register = register;
        this.figures = figures;
        this.allowed = allowed;
        this.clock = clock;
    }

    /**
     * The council's maintained schools open on the date that the viewer may see, by name: a school closed, or
     * succeeded by an academy, by then is not among them.
     */
    public List<MaintainedSchool> maintainedSchools(LaCode laCode, LocalDate on, ViewerScope viewer) {
        List<SchoolOnDate> maintained = register.schools(on, SchoolSet.MAINTAINED, laCode);
        Set<Urn> visible = allowed.visible(viewer, maintained.stream().map(SchoolOnDate::urn).toList());
        List<SchoolOnDate> schools = maintained.stream().filter(school -> visible.contains(school.urn())).toList();
        Map<Urn, Integer> pupils = register.pupils(visible);
        return schools.stream()
                .map(school -> new MaintainedSchool(school.urn(), school.displayName(), school.phaseName(),
                        school.typeName(), pupils.get(school.urn())))
                .sorted(Comparator.comparing(MaintainedSchool::name).thenComparing(school -> school.urn().value()))
                .toList();
    }

    /** Names, as the register has them today, of those of the schools, academies included, the viewer may see. */
    public Map<Integer, String> schoolNames(Collection<Integer> urns, ViewerScope viewer) {
        Map<Integer, String> names = new HashMap<>();
        Set<Urn> visible = allowed.visible(viewer, urns.stream().map(Urn::new).toList());
        register.find(visible, LocalDate.now(clock)).forEach((urn, school) -> names.put(urn.value(), school.name()));
        return names;
    }

    /**
     * Each school's latest published value of each measure as at the date, as the performance module defines the
     * latest figure. Missing and suppressed values are left out.
     */
    public Map<Integer, Map<String, PublishedValue>> latestValues(Collection<Integer> urns,
            Collection<String> measures, LocalDate on) {
        Map<Integer, Map<String, PublishedValue>> values = new HashMap<>();
        figures.latestForSchools(urns.stream().map(Urn::new).toList(), measures, AsAt.on(on))
                .forEach((urn, latest) -> latest.values().stream().filter(figure -> figure.value() != null)
                        .forEach((Figure figure) -> values.computeIfAbsent(urn.value(), u -> new HashMap<>())
                                .put(figure.measure().code(), new PublishedValue(figure.value(),
                                        figure.academicYear(), figure.sourceFile()))));
        return values;
    }

    /** A published figure with its year and source file. */
    public record PublishedValue(BigDecimal value, String academicYear, String sourceFile) {
    }
}
