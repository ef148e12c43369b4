package org.schoolscope.profile.persistence;

/** SQL shared by the profile's queries so they agree on a school's district and an inspection's date. */
final class SqlFragments {

    /** The date an inspection counts from: its start, else its end, else when the report was published. */
    static final String INSPECTION_DATE = "coalesce(i.start_date, i.end_date, i.publication_date)";

    /** The council's district for the school's constituency, by the mapping in force on :today. */
    static final String DISTRICT_JOIN = """
            left join lateral (
                select dm.district from district_mapping dm
                where dm.la_code = s.la_code and dm.constituency = s.constituency and dm.valid_from <= :today
                order by dm.valid_from desc limit 1) d on true
            """;

    private SqlFragments() {
    }
}
