package org.schoolscope.governance.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.register.RegisteredSchools;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Component;

/**
 * The one place the governance module asks the register about schools, so that it can switch to the register's
 * as-at sets when they are published: the council's state-funded schools, and any school by URN.
 */
@Component
public class GovernanceSchools {

    private final RegisteredSchools register;

    GovernanceSchools(RegisteredSchools register) {
        this.register = register;
    }

    public List<RegisteredSchool> councilSchools(LaCode laCode, LocalDate on) {
        return register.inSet(laCode, SchoolSet.STATE_FUNDED, on);
    }

    public Optional<RegisteredSchool> school(Urn urn, LocalDate on) {
        return register.find(urn, on);
    }

    public Map<Urn, RegisteredSchool> schools(Collection<Urn> urns, LocalDate on) {
        return register.find(urns, on);
    }
}
