package org.schoolscope.web;

import org.schoolscope.shared.LaCode;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The council running this service: its name heads every page and its LA is where lists open. */
@ConfigurationProperties("schoolscope.council")
public record CouncilProperties(int laCode, String name) {

    public CouncilProperties {
        new LaCode(laCode);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("schoolscope.council.name must name the council");
        }
    }

    public LaCode la() {
        return new LaCode(laCode);
    }
}
