package org.schoolscope.profile.read;

import java.util.List;

/** The values the list's filters can offer, taken from what is loaded. */
public record FilterOptions(List<LocalAuthorityOption> localAuthorities, List<String> districts,
        List<String> phases, List<String> establishmentTypes) {

    public FilterOptions {
        localAuthorities = List.copyOf(localAuthorities);
        districts = List.copyOf(districts);
        phases = List.copyOf(phases);
        establishmentTypes = List.copyOf(establishmentTypes);
    }

    /** An LA to choose; name is null when the register knows the code but not the name. */
    public record LocalAuthorityOption(int code, String name) {
    }
}
