package org.schoolscope.improvement.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.schoolscope.access.AllowedSchools;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.register.SchoolRegister;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Component;

/** Schools' names from the register, for the pages, as far as the viewer may see them. */
@Component
public class SchoolDirectory {

    private final SchoolRegister register;
    private final AllowedSchools allowed;
    private final Clock clock;

    SchoolDirectory(SchoolRegister register, AllowedSchools allowed, Clock clock) {
        this.register = register;
        this.allowed = allowed;
        this.clock = clock;
    }

    /** The names, as the register has them today, of those of the schools the viewer may see. */
    public Map<Urn, String> names(Collection<Urn> urns, ViewerScope viewer) {
        Map<Urn, String> names = new HashMap<>();
        Set<Urn> visible = allowed.visible(viewer, urns);
        register.find(visible, LocalDate.now(clock)).forEach((urn, school) -> names.put(urn, school.name()));
        return names;
    }

    public boolean exists(Urn urn) {
        return exists(urn, ViewerScope.system());
    }

    /** Whether the school is in the register and the viewer may see it. */
    public boolean exists(Urn urn, ViewerScope viewer) {
        return register.history(urn).isPresent() && allowed.maySee(viewer, urn);
    }
}
