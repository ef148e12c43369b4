package org.schoolscope.profile.persistence;

/** SQL shared by the list and the profile so both agree on a school's district and latest graded inspection. */
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

    static final String LATEST_GRADED_JOIN = """
            left join lateral (
                select i.framework, i.overall_effectiveness, i.category_of_concern, i.safeguarding,
                       %s as inspected_on
                from inspection i
                where i.urn = s.urn and i.kind = 'GRADED'
                order by %s desc nulls last, i.id desc limit 1) g on true
            """.formatted(INSPECTION_DATE, INSPECTION_DATE);

    private SqlFragments() {
    }
}
