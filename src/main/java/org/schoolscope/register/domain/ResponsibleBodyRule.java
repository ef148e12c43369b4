package org.schoolscope.register.domain;

import java.util.Locale;
import java.util.Set;
import org.schoolscope.register.ResponsibleBody;

/**
 * Derives who is responsible for a school from the type names the published files use. GIAS gives a type and a
 * type group ("Community school", "Local authority maintained schools"), the performance-tables spine a minor
 * group and a type ("Maintained School", "Voluntary aided school"), Ofsted a "Type of education" ("LA Nursery
 * School", "Academy Sponsor Led"). The type group is the broader statement, so it is asked first; the spine's
 * "Special School" group covers both maintained and academy special schools, so it falls through to the type.
 */
public final class ResponsibleBodyRule {

    private static final Set<String> MAINTAINED_GROUPS = Set.of("local authority maintained schools",
            "maintained school");
    private static final Set<String> TRUST_GROUPS = Set.of("academies", "free schools", "academy");
    private static final Set<String> OTHER_GROUPS = Set.of("independent schools", "independent school",
            "colleges", "college", "universities", "other types", "welsh schools", "online provider");

    private static final Set<String> MAINTAINED_TYPES = Set.of("community school", "foundation school",
            "voluntary aided school", "voluntary controlled school", "community special school",
            "foundation special school", "la nursery school", "local authority nursery school",
            "pupil referral unit", "nursery school", "community", "foundation", "voluntary aided",
            "voluntary controlled", "community special", "foundation special");

    private ResponsibleBodyRule() {
    }

    public static ResponsibleBody derive(String establishmentType, String typeGroup) {
        String group = normalise(typeGroup);
        if (MAINTAINED_GROUPS.contains(group)) {
            return ResponsibleBody.LOCAL_AUTHORITY;
        }
        if (TRUST_GROUPS.contains(group)) {
            return ResponsibleBody.TRUST;
        }
        if (OTHER_GROUPS.contains(group)) {
            return ResponsibleBody.OTHER;
        }
        return fromType(normalise(establishmentType));
    }

    private static ResponsibleBody fromType(String type) {
        if (type.isEmpty()) {
            return ResponsibleBody.UNKNOWN;
        }
        if (MAINTAINED_TYPES.contains(type)) {
            return ResponsibleBody.LOCAL_AUTHORITY;
        }
        // Every academy and free school type names itself so: "Academy converter", "Academy - Converter
        // mainstream", "Free school - Mainstream", "Free School - Alternative Provision", "Academy 16-19 converter";
        // studio schools and university technical colleges are academies by law.
        if (type.startsWith("academy") || type.startsWith("free school") || type.equals("free schools")
                || type.startsWith("studio school") || type.startsWith("university technical college")
                || type.startsWith("city technology college")) {
            return ResponsibleBody.TRUST;
        }
        if (type.contains("independent") || type.contains("college") || type.contains("non-maintained")
                || type.contains("higher education") || type.contains("secure unit") || type.contains("offshore")
                || type.contains("british schools overseas") || type.contains("welsh establishment")
                || type.contains("institution funded by other government department")
                // Run by the Ministry of Defence; the spine spells it "Service childrens education".
                || type.startsWith("service children")) {
            return ResponsibleBody.OTHER;
        }
        return ResponsibleBody.UNKNOWN;
    }

    private static String normalise(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
