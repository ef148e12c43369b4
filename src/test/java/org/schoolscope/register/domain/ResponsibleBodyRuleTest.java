package org.schoolscope.register.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schoolscope.register.ResponsibleBody;

/** Type names exactly as they appear in the published files in shared/data. */
class ResponsibleBodyRuleTest {

    @ParameterizedTest(name = "GIAS {0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Community school            | Local authority maintained schools | LOCAL_AUTHORITY
            Voluntary controlled school | Local authority maintained schools | LOCAL_AUTHORITY
            Voluntary aided school      | Local authority maintained schools | LOCAL_AUTHORITY
            Foundation school           | Local authority maintained schools | LOCAL_AUTHORITY
            Academy converter           | Academies                          | TRUST
            Academy sponsor led         | Academies                          | TRUST
            Free schools                | Free Schools                       | TRUST
            """)
    void shouldDeriveResponsibilityFromGiasTypeAndGroup(String type, String group, ResponsibleBody expected) {
        assertThat(ResponsibleBodyRule.derive(type, group)).isEqualTo(expected);
    }

    /**
     * Every minor group and type pair in the 2017-18 national spine workbook. The spine files its three city
     * technology colleges under "Maintained School", but a city technology college is run by a trust: the type is
     * the more exact statement and decides.
     */
    @ParameterizedTest(name = "spine {0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Maintained School  | Community school                      | LOCAL_AUTHORITY
            Maintained School  | Voluntary aided school                | LOCAL_AUTHORITY
            Maintained School  | Foundation school                     | LOCAL_AUTHORITY
            Maintained School  | Voluntary controlled school           | LOCAL_AUTHORITY
            Special School     | Community special school              | LOCAL_AUTHORITY
            Special School     | Foundation special school             | LOCAL_AUTHORITY
            Academy            | Academy - Converter mainstream        | TRUST
            Academy            | Academy sponsor led mainstream        | TRUST
            Academy            | Free school - Mainstream              | TRUST
            Academy            | University technical college          | TRUST
            Academy            | Studio school                         | TRUST
            Special School     | Academy - Converter special school    | TRUST
            Special School     | Academy - Sponsor led special school  | TRUST
            Independent School | Other independent school              | OTHER
            Special School     | Other independent special school      | OTHER
            College            | General further education college     | OTHER
            College            | Sixth form college                    | OTHER
            College            | Specialist designated college         | OTHER
            Special School     | Non-maintained special school         | OTHER
            Special School     | Free school - Special                 | TRUST
            Academy            | Academy 16-19 converter               | TRUST
            Academy            | Academy 16-19 sponsor led             | TRUST
            Academy            | Free school  16-19                    | TRUST
            College            | Sixth form centre/consortia           | OTHER
            College            | Institution funded by other government department | OTHER
            n/a                | Service childrens education           | OTHER
            College            | Agriculture and horticulture college  | OTHER
            College            | Art, design and performing art college | OTHER
            Maintained School  | City technology college               | TRUST
            """)
    void shouldDeriveResponsibilityFromSpineMinorGroupAndType(String minorGroup, String type,
            ResponsibleBody expected) {
        assertThat(ResponsibleBodyRule.derive(type, minorGroup)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Ofsted {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Community School                   | LOCAL_AUTHORITY
            Voluntary Aided School             | LOCAL_AUTHORITY
            Voluntary Controlled School        | LOCAL_AUTHORITY
            Foundation School                  | LOCAL_AUTHORITY
            Foundation Special School          | LOCAL_AUTHORITY
            Community Special School           | LOCAL_AUTHORITY
            LA Nursery School                  | LOCAL_AUTHORITY
            Pupil Referral Unit                | LOCAL_AUTHORITY
            Academy Converter                  | TRUST
            Academy Sponsor Led                | TRUST
            Academy Special Converter          | TRUST
            Academy Special Sponsor Led        | TRUST
            Free School                        | TRUST
            Free School - Alternative Provision| TRUST
            University Technical College       | TRUST
            Studio School                      | TRUST
            """)
    void shouldDeriveResponsibilityFromOfstedTypeOfEducation(String typeOfEducation, ResponsibleBody expected) {
        assertThat(ResponsibleBodyRule.derive(typeOfEducation, null)).isEqualTo(expected);
    }

    @Test
    void shouldDeriveTrustResponsibilityForAnAcademy() {
        assertThat(ResponsibleBodyRule.derive("Academy converter", null)).isEqualTo(ResponsibleBody.TRUST);
    }

    @Test
    void shouldLetTheTypeGroupDecideOverAnUnfamiliarTypeName() {
        assertThat(ResponsibleBodyRule.derive("Some new maintained type", "Local authority maintained schools"))
                .isEqualTo(ResponsibleBody.LOCAL_AUTHORITY);
    }

    @Test
    void shouldSayUnknownWhenNothingSaysWhoIsResponsible() {
        assertThat(ResponsibleBodyRule.derive(null, null)).isEqualTo(ResponsibleBody.UNKNOWN);
        assertThat(ResponsibleBodyRule.derive("Something unheard of", "  ")).isEqualTo(ResponsibleBody.UNKNOWN);
    }
}
