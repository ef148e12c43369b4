package org.schoolscope.register;

import java.util.Objects;

/**
 * What a published file says a school is: GIAS's type of establishment where the words name one, else only who runs
 * it (the census's "State-funded primary" names no type), with the text as published.
 *
 * @param establishmentType GIAS's type, or null when the published words do not name one
 * @param governance who runs the school, as far as the words say
 * @param published the text in the file, kept as the raw value
 */
public record SchoolType(EstablishmentType establishmentType, Governance governance, String published) {

    public SchoolType {
        Objects.requireNonNull(governance, "governance");
        if (establishmentType != null && establishmentType.governance() != governance) {
            throw new IllegalArgumentException(establishmentType.giasName() + " is not " + governance);
        }
    }

    public static SchoolType exact(EstablishmentType type, String published) {
        return new SchoolType(type, type.governance(), published);
    }

    public static SchoolType broad(Governance governance, String published) {
        return new SchoolType(null, governance, published);
    }

    public boolean isExact() {
        return establishmentType != null;
    }

    /** GIAS's name for the type, or the broad kind in words where no type is known. */
    public String name() {
        if (establishmentType != null) {
            return establishmentType.giasName();
        }
        return switch (governance) {
            case LOCAL_AUTHORITY_MAINTAINED -> "Maintained school (type not known)";
            case ACADEMY_OR_FREE_SCHOOL -> "Academy or free school (type not known)";
            case STATE_FUNDED -> "State-funded school (type not known)";
            case INDEPENDENT -> "Independent school (type not known)";
            case NON_MAINTAINED_SPECIAL -> "Non-maintained special school";
            case FURTHER_EDUCATION -> "Further education (type not known)";
            case OTHER -> "Other type of establishment";
        };
    }
}
