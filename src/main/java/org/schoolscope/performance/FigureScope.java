package org.schoolscope.performance;

import java.util.Objects;
import org.schoolscope.shared.Urn;

/**
 * Whom a figure describes: one school, one council, a region, England, or a council's benchmark group (its
 * statistical neighbours, the core cities).
 *
 * @param laCode the council for a council's figure or a group's (the council the group is drawn for)
 * @param areaCode the region's code for a region's figure
 */
public record FigureScope(Kind kind, Urn urn, Integer laCode, Integer areaCode) {

    public enum Kind {
        SCHOOL, LOCAL_AUTHORITY, REGION, ENGLAND, STATISTICAL_NEIGHBOURS, CORE_CITIES
    }

    public FigureScope {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.SCHOOL && urn == null) {
            throw new IllegalArgumentException("A school's figure needs its URN");
        }
    }

    public static FigureScope school(Urn urn) {
        return new FigureScope(Kind.SCHOOL, urn, null, null);
    }

    public static FigureScope localAuthority(int laCode) {
        return new FigureScope(Kind.LOCAL_AUTHORITY, null, laCode, null);
    }

    public static FigureScope england() {
        return new FigureScope(Kind.ENGLAND, null, null, null);
    }
}
