package org.schoolscope.register.domain;

import static org.schoolscope.register.EstablishmentType.ACADEMY_16_19_CONVERTER;
import static org.schoolscope.register.EstablishmentType.ACADEMY_16_TO_19_SPONSOR_LED;
import static org.schoolscope.register.EstablishmentType.ACADEMY_ALTERNATIVE_PROVISION_CONVERTER;
import static org.schoolscope.register.EstablishmentType.ACADEMY_ALTERNATIVE_PROVISION_SPONSOR_LED;
import static org.schoolscope.register.EstablishmentType.ACADEMY_CONVERTER;
import static org.schoolscope.register.EstablishmentType.ACADEMY_SPECIAL_CONVERTER;
import static org.schoolscope.register.EstablishmentType.ACADEMY_SPECIAL_SPONSOR_LED;
import static org.schoolscope.register.EstablishmentType.ACADEMY_SPONSOR_LED;
import static org.schoolscope.register.EstablishmentType.CITY_TECHNOLOGY_COLLEGE;
import static org.schoolscope.register.EstablishmentType.COMMUNITY_SCHOOL;
import static org.schoolscope.register.EstablishmentType.COMMUNITY_SPECIAL_SCHOOL;
import static org.schoolscope.register.EstablishmentType.FOUNDATION_SCHOOL;
import static org.schoolscope.register.EstablishmentType.FOUNDATION_SPECIAL_SCHOOL;
import static org.schoolscope.register.EstablishmentType.FREE_SCHOOLS;
import static org.schoolscope.register.EstablishmentType.FREE_SCHOOLS_16_TO_19;
import static org.schoolscope.register.EstablishmentType.FREE_SCHOOLS_ALTERNATIVE_PROVISION;
import static org.schoolscope.register.EstablishmentType.FREE_SCHOOLS_SPECIAL;
import static org.schoolscope.register.EstablishmentType.FURTHER_EDUCATION;
import static org.schoolscope.register.EstablishmentType.LOCAL_AUTHORITY_NURSERY_SCHOOL;
import static org.schoolscope.register.EstablishmentType.NON_MAINTAINED_SPECIAL_SCHOOL;
import static org.schoolscope.register.EstablishmentType.OTHER_INDEPENDENT_SCHOOL;
import static org.schoolscope.register.EstablishmentType.OTHER_INDEPENDENT_SPECIAL_SCHOOL;
import static org.schoolscope.register.EstablishmentType.PUPIL_REFERRAL_UNIT;
import static org.schoolscope.register.EstablishmentType.SECURE_UNITS;
import static org.schoolscope.register.EstablishmentType.SERVICE_CHILDRENS_EDUCATION;
import static org.schoolscope.register.EstablishmentType.SIXTH_FORM_CENTRES;
import static org.schoolscope.register.EstablishmentType.STUDIO_SCHOOLS;
import static org.schoolscope.register.EstablishmentType.UNIVERSITY_TECHNICAL_COLLEGE;
import static org.schoolscope.register.EstablishmentType.VOLUNTARY_AIDED_SCHOOL;
import static org.schoolscope.register.EstablishmentType.VOLUNTARY_CONTROLLED_SCHOOL;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.register.EstablishmentType;
import org.schoolscope.register.Governance;
import org.schoolscope.register.SchoolType;

/**
 * Reads every spelling of a school's type the published files use into GIAS's code list, keeping the published text.
 * GIAS writes "Academy converter", Ofsted "Academy Converter", the performance-tables spine "Academy - Converter
 * mainstream", the KS4 files the code "ACC" and Explore Education Statistics "Converter academies": one type. Words
 * that name only a kind of school (the census's "State-funded primary", the spine's minor group "Maintained School")
 * are read as who runs it. Spellings are matched ignoring case, punctuation and spacing.
 */
public final class TypeVocabulary {

    private static final Map<String, EstablishmentType> TYPES = new HashMap<>();
    private static final Map<String, EstablishmentType> CODES = new HashMap<>();
    private static final Map<String, Governance> KINDS = new HashMap<>();

    static {
        for (EstablishmentType type : EstablishmentType.values()) {
            TYPES.put(key(type.giasName()), type);
        }
        // Ofsted's "Type of education" and the performance tables' type names.
        types(LOCAL_AUTHORITY_NURSERY_SCHOOL, "LA Nursery School", "Nursery school");
        types(COMMUNITY_SCHOOL, "Community");
        types(VOLUNTARY_AIDED_SCHOOL, "Voluntary aided");
        types(VOLUNTARY_CONTROLLED_SCHOOL, "Voluntary controlled");
        types(FOUNDATION_SCHOOL, "Foundation");
        types(COMMUNITY_SPECIAL_SCHOOL, "Community special", "Community Hospital School");
        types(FOUNDATION_SPECIAL_SCHOOL, "Foundation special", "Foundation Hospital School");
        types(ACADEMY_SPONSOR_LED, "Academy sponsor led mainstream", "Sponsored academies");
        types(ACADEMY_CONVERTER, "Academy - Converter mainstream", "Converter academies");
        types(ACADEMY_SPECIAL_CONVERTER, "Academy - Converter special school", "Converter academies - special school",
                "Converter special academies");
        types(ACADEMY_SPECIAL_SPONSOR_LED, "Academy - Sponsor led special school",
                "Sponsored academies - special school", "Academy Special");
        types(FREE_SCHOOLS, "Free School", "Free school - Mainstream", "Free School – Mainstream");
        types(FREE_SCHOOLS_SPECIAL, "Free School Special", "Free school - Special", "Free schools - special school",
                "Special Free Schools");
        types(FREE_SCHOOLS_ALTERNATIVE_PROVISION, "Free School - Alternative Provision", "Free School AP");
        types(FREE_SCHOOLS_16_TO_19, "Free School 16-19", "Free school  16-19", "Free Schools - 16-19",
                "Free School - 16-19");
        types(UNIVERSITY_TECHNICAL_COLLEGE, "University technical colleges (UTCs)",
                "Free School UTC (University Technical College)");
        types(STUDIO_SCHOOLS, "Studio school", "Free School – Studio School");
        types(ACADEMY_ALTERNATIVE_PROVISION_CONVERTER, "Academy - Converter Alternative Provision (AP)");
        types(ACADEMY_ALTERNATIVE_PROVISION_SPONSOR_LED, "Academy - Sponsor led Alternative Provision (AP)");
        types(ACADEMY_16_TO_19_SPONSOR_LED, "Academy 16-19 sponsor led");
        types(CITY_TECHNOLOGY_COLLEGE, "CTCs");
        types(NON_MAINTAINED_SPECIAL_SCHOOL, "Non-maintained special schools");
        types(OTHER_INDEPENDENT_SPECIAL_SCHOOL, "Independent special schools",
                "Independent School approved to take pupils with Special Educational Needs");
        types(FURTHER_EDUCATION, "General further education college", "General further education college (special)",
                "Sixth form college", "Specialist designated college", "Agriculture and horticulture college",
                "Agriculture and horticultural college", "Art, design and performing art college",
                "Art, design and performing arts college", "Tertiary college", "FE 14-16 colleges",
                "Further Education Sector Institution");
        types(SIXTH_FORM_CENTRES, "Sixth form centre/consortia", "6th Form Centre/Consortium");
        types(SERVICE_CHILDRENS_EDUCATION, "Service childrens education");
        types(SECURE_UNITS, "Secure unit");

        // The performance tables' NFTYPE codes (their abbreviations list, 2016-17 to 2018-19).
        codes(ACADEMY_SPONSOR_LED, "AC");
        codes(ACADEMY_CONVERTER, "ACC");
        codes(ACADEMY_SPECIAL_CONVERTER, "ACCS");
        codes(ACADEMY_SPECIAL_SPONSOR_LED, "ACS");
        codes(ACADEMY_ALTERNATIVE_PROVISION_CONVERTER, "ACCAP");
        codes(ACADEMY_ALTERNATIVE_PROVISION_SPONSOR_LED, "ACAP");
        codes(ACADEMY_16_19_CONVERTER, "ACC1619");
        codes(ACADEMY_16_TO_19_SPONSOR_LED, "AC1619");
        codes(CITY_TECHNOLOGY_COLLEGE, "CTC");
        codes(COMMUNITY_SCHOOL, "CY");
        codes(COMMUNITY_SPECIAL_SCHOOL, "CYS", "CHS");
        codes(FOUNDATION_SCHOOL, "FD");
        codes(FOUNDATION_SPECIAL_SCHOOL, "FDS", "FHS");
        codes(VOLUNTARY_AIDED_SCHOOL, "VA");
        codes(VOLUNTARY_CONTROLLED_SCHOOL, "VC");
        codes(FREE_SCHOOLS, "F");
        codes(FREE_SCHOOLS_SPECIAL, "FS");
        codes(FREE_SCHOOLS_ALTERNATIVE_PROVISION, "FAP");
        codes(FREE_SCHOOLS_16_TO_19, "F1619");
        codes(STUDIO_SCHOOLS, "FSS", "SS");
        codes(UNIVERSITY_TECHNICAL_COLLEGE, "FUTC", "UTC");
        codes(OTHER_INDEPENDENT_SCHOOL, "IND");
        codes(OTHER_INDEPENDENT_SPECIAL_SCHOOL, "INDSPEC", "INDSPS");
        codes(NON_MAINTAINED_SPECIAL_SCHOOL, "NMSS");
        codes(PUPIL_REFERRAL_UNIT, "PRU");
        codes(FURTHER_EDUCATION, "FESI");

        // Words that say who runs a school but name no type: GIAS's type groups, the spine's minor groups and the
        // school census's SCHOOLTYPE.
        kinds(Governance.LOCAL_AUTHORITY_MAINTAINED, "Local authority maintained schools", "Maintained School");
        kinds(Governance.ACADEMY_OR_FREE_SCHOOL, "Academies", "Academy", "Free Schools");
        kinds(Governance.INDEPENDENT, "Independent schools", "Independent School");
        kinds(Governance.FURTHER_EDUCATION, "Colleges", "College");
        kinds(Governance.NON_MAINTAINED_SPECIAL, "Special schools");
        kinds(Governance.OTHER, "Universities", "Other types", "Welsh schools", "Online provider");
        kinds(Governance.STATE_FUNDED, "State-funded primary", "State-funded secondary", "State-funded nursery",
                "State-funded special school", "State-funded AP school", "State-funded school");
    }

    private TypeVocabulary() {
    }

    /**
     * What a row's type and type group say: the type where it names one of GIAS's types, else the kind the group or
     * the type's words name. The spine's minor group "Special School" holds maintained, academy and non-maintained
     * special schools alike, so it says nothing on its own and the type decides.
     */
    public static Optional<SchoolType> read(String type, String group) {
        Optional<SchoolType> exact = establishmentType(type).map(t -> SchoolType.exact(t, type.trim()));
        if (exact.isPresent()) {
            return exact;
        }
        Optional<SchoolType> fromGroup = kind(group).map(g -> SchoolType.broad(g, group.trim()));
        if (fromGroup.isPresent()) {
            return fromGroup;
        }
        return kind(type).map(g -> SchoolType.broad(g, type.trim()));
    }

    public static Optional<EstablishmentType> establishmentType(String published) {
        if (published == null || published.isBlank()) {
            return Optional.empty();
        }
        String trimmed = published.trim();
        EstablishmentType byCode = CODES.get(trimmed);
        return byCode != null ? Optional.of(byCode) : Optional.ofNullable(TYPES.get(key(trimmed)));
    }

    public static Optional<Governance> kind(String published) {
        return published == null || published.isBlank() ? Optional.empty()
                : Optional.ofNullable(KINDS.get(key(published)));
    }

    /** Case, apostrophes, punctuation and spacing ignored: "Free school  16-19" and "Free schools 16 to 19" differ. */
    static String key(String published) {
        return published.toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "").replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
    }

    private static void types(EstablishmentType type, String... spellings) {
        for (String spelling : spellings) {
            put(TYPES, key(spelling), type);
        }
    }

    private static void codes(EstablishmentType type, String... codes) {
        for (String code : codes) {
            put(CODES, code, type);
        }
    }

    private static void kinds(Governance governance, String... spellings) {
        for (String spelling : spellings) {
            put(KINDS, key(spelling), governance);
        }
    }

    private static <V> void put(Map<String, V> map, String key, V value) {
        V before = map.put(key, value);
        if (before != null && !before.equals(value)) {
            throw new IllegalStateException("'" + key + "' is spelt for both " + before + " and " + value);
        }
    }
}
