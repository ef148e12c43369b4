package org.schoolscope.register;

import static org.schoolscope.register.EstablishmentTypeGroup.ACADEMIES;
import static org.schoolscope.register.EstablishmentTypeGroup.COLLEGES;
import static org.schoolscope.register.EstablishmentTypeGroup.FREE_SCHOOLS;
import static org.schoolscope.register.EstablishmentTypeGroup.INDEPENDENT_SCHOOLS;
import static org.schoolscope.register.EstablishmentTypeGroup.LOCAL_AUTHORITY_MAINTAINED_SCHOOLS;
import static org.schoolscope.register.EstablishmentTypeGroup.OTHER_TYPES;
import static org.schoolscope.register.EstablishmentTypeGroup.SPECIAL_SCHOOLS;
import static org.schoolscope.register.EstablishmentTypeGroup.UNIVERSITIES;
import static org.schoolscope.register.EstablishmentTypeGroup.WELSH_SCHOOLS;

/**
 * GIAS's code list of types of establishment ({@code TypeOfEstablishment}), with GIAS's codes, names and groups.
 * Every spelling the published files use is read into one of these by the register's vocabulary, and the published
 * text is kept beside it.
 */
public enum EstablishmentType {
    COMMUNITY_SCHOOL(1, "Community school", LOCAL_AUTHORITY_MAINTAINED_SCHOOLS),
    VOLUNTARY_AIDED_SCHOOL(2, "Voluntary aided school", LOCAL_AUTHORITY_MAINTAINED_SCHOOLS),
    VOLUNTARY_CONTROLLED_SCHOOL(3, "Voluntary controlled school", LOCAL_AUTHORITY_MAINTAINED_SCHOOLS),
    FOUNDATION_SCHOOL(5, "Foundation school", LOCAL_AUTHORITY_MAINTAINED_SCHOOLS),
    CITY_TECHNOLOGY_COLLEGE(6, "City technology college", INDEPENDENT_SCHOOLS),
    COMMUNITY_SPECIAL_SCHOOL(7, "Community special school", LOCAL_AUTHORITY_MAINTAINED_SCHOOLS),
    NON_MAINTAINED_SPECIAL_SCHOOL(8, "Non-maintained special school", SPECIAL_SCHOOLS),
    OTHER_INDEPENDENT_SPECIAL_SCHOOL(10, "Other independent special school", INDEPENDENT_SCHOOLS),
    OTHER_INDEPENDENT_SCHOOL(11, "Other independent school", INDEPENDENT_SCHOOLS),
    FOUNDATION_SPECIAL_SCHOOL(12, "Foundation special school", LOCAL_AUTHORITY_MAINTAINED_SCHOOLS),
    PUPIL_REFERRAL_UNIT(14, "Pupil referral unit", LOCAL_AUTHORITY_MAINTAINED_SCHOOLS),
    LOCAL_AUTHORITY_NURSERY_SCHOOL(15, "Local authority nursery school", LOCAL_AUTHORITY_MAINTAINED_SCHOOLS),
    FURTHER_EDUCATION(18, "Further education", COLLEGES),
    SECURE_UNITS(24, "Secure units", OTHER_TYPES),
    OFFSHORE_SCHOOLS(25, "Offshore schools", OTHER_TYPES),
    SERVICE_CHILDRENS_EDUCATION(26, "Service children's education", OTHER_TYPES),
    MISCELLANEOUS(27, "Miscellaneous", OTHER_TYPES),
    ACADEMY_SPONSOR_LED(28, "Academy sponsor led", ACADEMIES),
    HIGHER_EDUCATION_INSTITUTIONS(29, "Higher education institutions", UNIVERSITIES),
    WELSH_ESTABLISHMENT(30, "Welsh establishment", WELSH_SCHOOLS),
    SIXTH_FORM_CENTRES(31, "Sixth form centres", COLLEGES),
    SPECIAL_POST_16_INSTITUTION(32, "Special post 16 institution", SPECIAL_SCHOOLS),
    ACADEMY_SPECIAL_SPONSOR_LED(33, "Academy special sponsor led", ACADEMIES),
    ACADEMY_CONVERTER(34, "Academy converter", ACADEMIES),
    FREE_SCHOOLS(35, "Free schools", EstablishmentTypeGroup.FREE_SCHOOLS),
    FREE_SCHOOLS_SPECIAL(36, "Free schools special", EstablishmentTypeGroup.FREE_SCHOOLS),
    BRITISH_SCHOOLS_OVERSEAS(37, "British schools overseas", OTHER_TYPES),
    FREE_SCHOOLS_ALTERNATIVE_PROVISION(38, "Free schools alternative provision", EstablishmentTypeGroup.FREE_SCHOOLS),
    FREE_SCHOOLS_16_TO_19(39, "Free schools 16 to 19", EstablishmentTypeGroup.FREE_SCHOOLS),
    UNIVERSITY_TECHNICAL_COLLEGE(40, "University technical college", EstablishmentTypeGroup.FREE_SCHOOLS),
    STUDIO_SCHOOLS(41, "Studio schools", EstablishmentTypeGroup.FREE_SCHOOLS),
    ACADEMY_ALTERNATIVE_PROVISION_CONVERTER(42, "Academy alternative provision converter", ACADEMIES),
    ACADEMY_ALTERNATIVE_PROVISION_SPONSOR_LED(43, "Academy alternative provision sponsor led", ACADEMIES),
    ACADEMY_SPECIAL_CONVERTER(44, "Academy special converter", ACADEMIES),
    ACADEMY_16_19_CONVERTER(45, "Academy 16-19 converter", ACADEMIES),
    ACADEMY_16_TO_19_SPONSOR_LED(46, "Academy 16 to 19 sponsor led", ACADEMIES),
    ONLINE_PROVIDER(49, "Online provider", EstablishmentTypeGroup.ONLINE_PROVIDER),
    INSTITUTION_FUNDED_BY_OTHER_GOVERNMENT_DEPARTMENT(56, "Institution funded by other government department",
            OTHER_TYPES),
    ACADEMY_SECURE_16_TO_19(57, "Academy secure 16 to 19", ACADEMIES);

    private final int code;
    private final String giasName;
    private final EstablishmentTypeGroup group;

    EstablishmentType(int code, String giasName, EstablishmentTypeGroup group) {
        this.code = code;
        this.giasName = giasName;
        this.group = group;
    }

    public int code() {
        return code;
    }

    public String giasName() {
        return giasName;
    }

    public EstablishmentTypeGroup group() {
        return group;
    }

    /**
     * Who runs a school of this type. GIAS files city technology colleges with independent schools, but they are
     * state-funded and run by trusts, as academies are, so they count with academies.
     */
    public Governance governance() {
        if (this == CITY_TECHNOLOGY_COLLEGE) {
            return Governance.ACADEMY_OR_FREE_SCHOOL;
        }
        return switch (group) {
            case LOCAL_AUTHORITY_MAINTAINED_SCHOOLS -> Governance.LOCAL_AUTHORITY_MAINTAINED;
            case ACADEMIES, FREE_SCHOOLS -> Governance.ACADEMY_OR_FREE_SCHOOL;
            case INDEPENDENT_SCHOOLS -> Governance.INDEPENDENT;
            case SPECIAL_SCHOOLS -> Governance.NON_MAINTAINED_SPECIAL;
            case COLLEGES -> Governance.FURTHER_EDUCATION;
            case UNIVERSITIES, WELSH_SCHOOLS, OTHER_TYPES, ONLINE_PROVIDER -> Governance.OTHER;
        };
    }

    /** Special schools, pupil referral units and alternative provision, which GIAS gives no phase of their own. */
    public boolean isSpecialOrAlternativeProvision() {
        return switch (this) {
            case COMMUNITY_SPECIAL_SCHOOL, FOUNDATION_SPECIAL_SCHOOL, NON_MAINTAINED_SPECIAL_SCHOOL,
                    OTHER_INDEPENDENT_SPECIAL_SCHOOL, ACADEMY_SPECIAL_SPONSOR_LED, ACADEMY_SPECIAL_CONVERTER,
                    FREE_SCHOOLS_SPECIAL, PUPIL_REFERRAL_UNIT, FREE_SCHOOLS_ALTERNATIVE_PROVISION,
                    ACADEMY_ALTERNATIVE_PROVISION_CONVERTER, ACADEMY_ALTERNATIVE_PROVISION_SPONSOR_LED,
                    SPECIAL_POST_16_INSTITUTION -> true;
            default -> false;
        };
    }
}
