package org.schoolscope.casework.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.register.RegisteredSchools;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Component;

/**
 * The one place the casework module asks the register about schools (names, districts, the council's schools), so
 * that it can switch to the register's as-at sets when they are published.
 */
@Component
public class CaseworkSchools {

    private final RegisteredSchools register;

    CaseworkSchools(RegisteredSchools register) {
        this.register = register;
    }

    public Map<Urn, RegisteredSchool> find(Collection<Urn> urns, LocalDate on) {
        return register.find(urns, on);
    }

    public java.util.List<RegisteredSchool> councilSchools(LaCode laCode, LocalDate on) {
        return register.inSet(laCode, SchoolSet.STATE_FUNDED, on);
    }
}
