package org.schoolscope.register.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.register.RegisteredSchools;
import org.schoolscope.register.SchoolOnDate;
import org.schoolscope.register.SchoolRegister;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Repository;

/**
 * The register's schools as modules that list them by name read them: the same answer as {@link SchoolRegister}, so
 * "open on a day" has one definition whichever module asks.
 */
@Repository
class JdbcRegisteredSchools implements RegisteredSchools {

    private static final Comparator<RegisteredSchool> BY_NAME = Comparator.comparing(RegisteredSchool::name)
            .thenComparing(school -> school.urn().value());

    private final SchoolRegister register;

    JdbcRegisteredSchools(SchoolRegister register) {
        this.register = register;
    }

    @Override
    public List<RegisteredSchool> inSet(LaCode laCode, SchoolSet set, LocalDate on) {
        return register.schools(on, set, laCode).stream().map(JdbcRegisteredSchools::school).sorted(BY_NAME).toList();
    }

    @Override
    public Map<Urn, RegisteredSchool> find(Collection<Urn> urns, LocalDate on) {
        Map<Urn, RegisteredSchool> found = new LinkedHashMap<>();
        register.find(urns, on).values().stream().map(JdbcRegisteredSchools::school)
                .sorted(Comparator.comparing(school -> school.urn().value()))
                .forEach(school -> found.put(school.urn(), school));
        return found;
    }

    private static RegisteredSchool school(SchoolOnDate school) {
        return new RegisteredSchool(school.urn(), school.displayName(),
                school.laCode() == null ? 0 : school.laCode(), school.phaseName(), school.responsibleBody(),
                school.district());
    }
}
