package org.schoolscope.returns.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.register.RegisteredSchools;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.returns.domain.Definition;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Component;

/**
 * Which schools a return asks, from the register: the one place the returns module asks the register which schools
 * are in a set, so that it can switch to the register's as-at sets when they are published.
 */
@Component
public class AskedSchools {

    private final RegisteredSchools register;

    AskedSchools(RegisteredSchools register) {
        this.register = register;
    }

    /** The schools the return asks, open on the day, by name. */
    public List<RegisteredSchool> asked(Definition definition, LocalDate on) {
        return inSet(new LaCode(definition.laCode()), definition.schoolSet(), on);
    }

    public Optional<RegisteredSchool> asked(Definition definition, Urn urn, LocalDate on) {
        return asked(definition, on).stream().filter(school -> school.urn().equals(urn)).findFirst();
    }

    public List<RegisteredSchool> inSet(LaCode laCode, SchoolSet set, LocalDate on) {
        return register.inSet(laCode, set, on);
    }

    /** Any school by URN, asked or not, for naming it on a page. */
    public Optional<RegisteredSchool> school(Urn urn, LocalDate on) {
        return register.find(urn, on);
    }
}
