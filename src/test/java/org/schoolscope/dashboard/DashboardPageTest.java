package org.schoolscope.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.AssessmentRun;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.assessment.PriorityEntry;
import org.schoolscope.assessment.PriorityLists;
import org.schoolscope.register.SchoolOnDate;
import org.schoolscope.register.SchoolRegister;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard on the Birmingham sample as at 31 August 2023, against Ofsted's own file for that day read here
 * without Schoolscope's code ({@link OfstedFile}). Same properties as the other sample tests, so the context (and its
 * embedded PostgreSQL with the sample) is shared; each test runs in a transaction that is rolled back, so the users
 * and the run it makes do not outlive it.
 *
 * <p>The register and the file agree on 444 of their 445 state-funded schools. The 445th is one school under two
 * URNs: the file lists Hollywood Primary School under its community school's URN 103314, which GIAS's links close on
 * 31 March 2023 with 149607 as its successor; the register holds 149607 open, knowing it only from that row, so it
 * has no type (not known whether maintained or an academy) and no constituency (no district). Comparisons by group
 * are therefore made over the 444 schools both hold, and the whole council's groups are checked to differ by exactly
 * that school.
 */
@WithMockUser(username = "officer", roles = "OFFICER")
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
@Transactional
class DashboardPageTest {

    private static final LaCode BIRMINGHAM = new LaCode(330);
    private static final LocalDate END_OF_2022_23 = LocalDate.of(2023, 8, 31);
    private static final Urn HOLLYWOOD_IN_THE_FILE = new Urn(103314);
    private static final Urn HOLLYWOOD_IN_THE_REGISTER = new Urn(149607);

    @Autowired
    CouncilPictures pictures;

    @Autowired
    SchoolRegister register;

    @Autowired
    AssessmentRuns runs;

    @Autowired
    PriorityLists priorityLists;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    private final OfstedFile file = OfstedFile.read();

    @Test
    void shouldCountStateFundedSchoolsGoodOrOutstandingAsOfstedsFileDoesOn31August2023() {
        CouncilPicture picture = pictures.asAt(BIRMINGHAM, END_OF_2022_23, TestUsers.officer("officer"));

        assertThat(file.rows()).hasSize(445);
        assertThat(file.goodOrOutstanding()).isEqualTo(381);
        assertThat(picture.overall().byGrade()).isEqualTo(file.byGrade());
        assertThat(picture.overall().schools()).isEqualTo(file.rows().size());
        assertThat(picture.overall().goodOrBetter()).isEqualTo(file.goodOrOutstanding());
        assertThat(picture.overall().goodOrBetterPercent()).isEqualTo(Math.round(100.0 * 381 / 445)).isEqualTo(86);
        assertThat(picture.byPhase().stream().mapToLong(group -> group.grades().schools()).sum())
                .as("the phases add up to the whole").isEqualTo(file.rows().size());
    }

    @Test
    void shouldCountSchoolsNotInspectedForFiveYearsByTheirLastGradeAsTheFileDoes() {
        LocalDate fiveYearsBefore = END_OF_2022_23.minusYears(5);
        OfstedFile notInspected = file.where(row -> row.inspectionStart() != null
                && !row.inspectionStart().isAfter(fiveYearsBefore));

        CouncilPicture picture = pictures.asAt(BIRMINGHAM, END_OF_2022_23, TestUsers.officer("officer"));

        assertThat(picture.notInspectedForFiveYears().byGrade()).isEqualTo(notInspected.byGrade());
        assertThat(picture.notInspectedForFiveYears().schools()).isEqualTo(notInspected.rows().size());
    }

    @Test
    void shouldGroupTheSchoolsBothHoldByDistrictAndResponsibleBodyAsTheFileDoes() {
        Set<Urn> inRegister = register.schools(END_OF_2022_23, SchoolSet.STATE_FUNDED, BIRMINGHAM).stream()
                .map(SchoolOnDate::urn).collect(Collectors.toSet());
        assertThat(difference(inRegister, file.urns())).containsExactly(HOLLYWOOD_IN_THE_REGISTER);
        assertThat(difference(file.urns(), inRegister)).containsExactly(HOLLYWOOD_IN_THE_FILE);
        assertThat(register.find(HOLLYWOOD_IN_THE_REGISTER, END_OF_2022_23).orElseThrow().predecessors())
                .anySatisfy(link -> assertThat(link.urn()).isEqualTo(HOLLYWOOD_IN_THE_FILE));
        OfstedFile both = file.where(row -> inRegister.contains(row.urn()));
        ViewerScope bothHold = partnerOf("dashboard-both-hold", both.urns());

        CouncilPicture picture = pictures.asAt(BIRMINGHAM, END_OF_2022_23, bothHold);

        assertThat(picture.overall().byGrade()).isEqualTo(both.byGrade());
        assertThat(OfstedFile.byName(picture.byDistrict())).isEqualTo(both.byDistrict());
        assertThat(OfstedFile.byName(picture.byResponsibleBody())).isEqualTo(Map.of(
                CouncilPictures.bodyName(org.schoolscope.register.ResponsibleBody.LOCAL_AUTHORITY),
                both.where(OfstedFile.Row::maintained).byGrade(),
                CouncilPictures.bodyName(org.schoolscope.register.ResponsibleBody.TRUST),
                both.where(row -> !row.maintained()).byGrade()));
    }

    @Test
    void shouldPutTheSchoolTheRegisterKnowsOnlyByItsNewUrnInNoDistrictAndNoKnownResponsibleBody() {
        OfstedFile.Row hollywood = file.row(HOLLYWOOD_IN_THE_FILE.value());
        assertThat(hollywood.district()).isEqualTo("Selly Oak");
        assertThat(hollywood.maintained()).isTrue();
        Map<String, Map<LatestGrade, Long>> expected = file.byDistrict();
        expected.get("Selly Oak").merge(hollywood.grade(), -1L, Long::sum);
        expected.get(OfstedFile.NO_DISTRICT).merge(hollywood.grade(), 1L, Long::sum);

        CouncilPicture picture = pictures.asAt(BIRMINGHAM, END_OF_2022_23, TestUsers.officer("officer"));

        assertThat(OfstedFile.byName(picture.byDistrict())).isEqualTo(expected);
        assertThat(picture.byDistrict()).filteredOn(group -> group.name().equals(OfstedFile.NO_DISTRICT))
                .singleElement().satisfies(group -> {
                    assertThat(group.grades().schools()).isEqualTo(2);
                    assertThat(group.listFilter()).isNull();
                });
        assertThat(picture.byResponsibleBody()).extracting(SchoolGroup::name, group -> group.grades().schools())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Maintained by the council",
                                file.where(OfstedFile.Row::maintained).rows().size() - 1L),
                        org.assertj.core.groups.Tuple.tuple("Academies and free schools",
                                (long) file.where(row -> !row.maintained()).rows().size()),
                        org.assertj.core.groups.Tuple.tuple(
                                "State-funded, not known whether maintained or an academy", 1L));
    }

    @Test
    void shouldCountImprovedAndDeclinedAtTheLatestInspectionsOfTheSchoolYearAsTheFileDoesSaveOneAmalgamation() {
        OfstedFile inYear = file.where(row -> row.inspectionStart() != null
                && !row.inspectionStart().isBefore(LocalDate.of(2022, 9, 1))
                && !row.inspectionStart().isAfter(END_OF_2022_23));
        long improved = inYear.where(row -> row.previousGrade() != null
                && row.grade().overallGrade() < row.previousGrade()).rows().size();
        long declined = inYear.where(row -> row.previousGrade() != null
                && row.grade().overallGrade() > row.previousGrade()).rows().size();
        long unchanged = inYear.where(row -> row.previousGrade() != null
                && row.grade().overallGrade().equals(row.previousGrade())).rows().size();
        long noEarlier = inYear.where(row -> row.previousGrade() == null).rows().size();
        // City Academy (148187), a free school Ofsted treats as new, was made in 2020 by amalgamating two academies;
        // GIAS links it to both as predecessors and the inspection module carries a predecessor's latest grade
        // (Good, City Academy Birmingham, 2017) to it, so its first inspection (Requires improvement) counts as a
        // decline where the file gives no earlier grade.
        OfstedFile.Row amalgamated = file.row(148187);
        assertThat(amalgamated.previousGrade()).isNull();
        assertThat(amalgamated.grade()).isEqualTo(LatestGrade.REQUIRES_IMPROVEMENT);

        CouncilPicture picture = pictures.asAt(BIRMINGHAM, END_OF_2022_23, TestUsers.officer("officer"));

        InspectionChanges changes = picture.changes();
        assertThat(changes.year()).hasToString("2022-23");
        assertThat(changes.inspected()).isEqualTo(inYear.rows().size());
        assertThat(changes.improved()).isEqualTo(improved);
        assertThat(changes.unchanged()).isEqualTo(unchanged);
        assertThat(changes.declined()).isEqualTo(declined + 1);
        assertThat(changes.noEarlierGrade()).isEqualTo(noEarlier - 1);
        assertThat(changes.notComparable()).isZero();
    }

    @Test
    void shouldCountAPartnersOrAHeadteachersOwnSchoolsOnly() throws Exception {
        List<OfstedFile.Row> own = List.of(firstOf(LatestGrade.OUTSTANDING), firstOf(LatestGrade.GOOD),
                firstOf(LatestGrade.INADEQUATE));
        OfstedFile partnerFile = file.where(own::contains);
        var partner = TestUsers.allocated("dashboard-partner", Role.PARTNER,
                own.stream().map(OfstedFile.Row::urn).toList());

        mvc.perform(get("/api/v1/dashboard").param("asAt", "2023-08-31").with(partner)).andExpect(status().isOk())
                .andExpect(jsonPath("$.ownSchoolsOnly").value(true))
                .andExpect(jsonPath("$.stateFunded.schools").value(3))
                .andExpect(jsonPath("$.stateFunded.goodOrOutstanding").value(partnerFile.goodOrOutstanding()))
                .andExpect(jsonPath("$.stateFunded.byGrade.INADEQUATE").value(1))
                .andExpect(jsonPath("$.byDistrict.length()").value(partnerFile.byDistrict().size()));
        String page = mvc.perform(get("/dashboard").param("asAt", "2023-08-31").with(partner))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("These numbers count only the schools you are responsible for")
                .contains("2 of 3 state-funded schools open on the day (67%) were Good or Outstanding")
                .doesNotContain("381 of 445");

        OfstedFile.Row ownSchool = firstOf(LatestGrade.REQUIRES_IMPROVEMENT);
        mvc.perform(get("/api/v1/dashboard").param("asAt", "2023-08-31")
                .with(TestUsers.headteacherOf(ownSchool.urn()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.ownSchoolsOnly").value(true))
                .andExpect(jsonPath("$.stateFunded.schools").value(1))
                .andExpect(jsonPath("$.stateFunded.goodOrOutstanding").value(0))
                .andExpect(jsonPath("$.stateFunded.byGrade.REQUIRES_IMPROVEMENT").value(1))
                .andExpect(jsonPath("$.byDistrict[0].name").value(ownSchool.district()));
    }

    @Test
    void shouldGiveTheDashboardsNumbersAsJson() throws Exception {
        OfstedFile ladywood = file.where(row -> row.district().equals("Ladywood"));
        OfstedFile notInspected = file.where(row -> row.inspectionStart() != null
                && !row.inspectionStart().isAfter(END_OF_2022_23.minusYears(5)));

        mvc.perform(get("/api/v1/dashboard").param("asAt", "2023-08-31")).andExpect(status().isOk())
                .andExpect(jsonPath("$.asAt").value("2023-08-31"))
                .andExpect(jsonPath("$.ownSchoolsOnly").value(false))
                .andExpect(jsonPath("$.stateFunded.schools").value(445))
                .andExpect(jsonPath("$.stateFunded.goodOrOutstanding").value(file.goodOrOutstanding()))
                .andExpect(jsonPath("$.stateFunded.goodOrOutstandingPercent").value(86))
                .andExpect(jsonPath("$.stateFunded.byGrade.OUTSTANDING")
                        .value(file.byGrade().get(LatestGrade.OUTSTANDING)))
                .andExpect(jsonPath("$.byDistrict[?(@.name == 'Ladywood')].schools")
                        .value(ladywood.rows().size()))
                .andExpect(jsonPath("$.byDistrict[?(@.name == 'Ladywood')].goodOrOutstanding")
                        .value((int) ladywood.goodOrOutstanding()))
                .andExpect(jsonPath("$.byResponsibleBody[0].name").value("Maintained by the council"))
                .andExpect(jsonPath("$.notInspectedForFiveYears.schools").value(notInspected.rows().size()))
                .andExpect(jsonPath("$.latestInspectionsThisYear.academicYear").value("2022-23"))
                .andExpect(jsonPath("$.concerns").value(nullValue()));
        assertThat(mvc.perform(get("/api/v1/openapi")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("/api/v1/dashboard", "notInspectedForFiveYears");
    }

    @Test
    void shouldShowTheDateTheNumbersTheChartAndItsTable() throws Exception {
        String page = mvc.perform(get("/dashboard").param("asAt", "2023-08-31")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("The council&#39;s picture", "As at 31 August 2023")
                .contains("381 of 445 state-funded schools open on the day (86%) were Good or Outstanding")
                .contains("<svg", "role=\"img\"", "aria-labelledby=\"district-chart-title district-chart-desc\"")
                .contains("Latest Ofsted grades of state-funded schools by district, as at 31 August 2023")
                .contains("id=\"by-district\"",
                        "href=\"/schools?district=Ladywood&amp;outcome=good&amp;asAt=2023-08-31\"")
                .contains("href=\"/schools?body=LOCAL_AUTHORITY&amp;asAt=2023-08-31\"",
                        "href=\"/schools?phase=Primary&amp;asAt=2023-08-31\"")
                .contains("No district mapped", "Not inspected for five years or more")
                .contains("No assessment had been run by 31 August 2023");
        assertThat(page).doesNotContain("&#39;&#39;", "LOCAL_AUTHORITY<", "NOT_INSPECTED", "REQUIRES_IMPROVEMENT<",
                ".csv");
    }

    @Test
    void shouldLinkEveryNumberItLinksToASchoolListWithSchoolsInIt() throws Exception {
        String page = mvc.perform(get("/dashboard").param("asAt", "2023-08-31")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Set<String> links = new TreeSet<>();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/schools\\?[^\"]+)\"").matcher(page);
        while (link.find()) {
            links.add(link.group(1).replace("&amp;", "&"));
        }

        assertThat(links).contains("/schools?district=Ladywood&asAt=2023-08-31",
                "/schools?district=Ladywood&outcome=good&asAt=2023-08-31", "/schools?body=LOCAL_AUTHORITY&asAt=2023-08-31",
                "/schools?body=TRUST&asAt=2023-08-31", "/schools?phase=Primary&asAt=2023-08-31",
                "/schools?outcome=good&sort=inspected&order=asc&asAt=2023-08-31");
        for (String href : links) {
            assertThat(mvc.perform(get(java.net.URI.create(href))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString()).as(href).doesNotContain("No schools match", "There is a problem");
        }
    }

    @Test
    void shouldShowTodayUnlessAskedAndSayWhenADateIsNotReal() throws Exception {
        String today = LocalDate.now(clock).format(DateTimeFormatter.ofPattern("d MMMM yyyy"));
        assertThat(mvc.perform(get("/dashboard")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("As at " + today);
        assertThat(mvc.perform(get("/dashboard").param("asAtDay", "31").param("asAtMonth", "8")
                .param("asAtYear", "2023")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("As at 31 August 2023", "381 of 445");
        assertThat(mvc.perform(get("/dashboard").param("asAtDay", "31").param("asAtMonth", "2")
                .param("asAtYear", "2023")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("There is a problem", "Enter a real date", "As at " + today);
    }

    @Test
    void shouldCountSchoolsOfConcernByCategoryFromTheLatestRunByTheDay() {
        AssessmentRun run = runs.run(BIRMINGHAM, "officer");
        Map<String, Long> expected = new LinkedHashMap<>();
        for (PriorityEntry entry : priorityLists.forRun(run.id(), TestUsers.officer("officer")).orElseThrow()
                .entries()) {
            expected.merge(entry.category(), 1L, Long::sum);
        }
        LocalDate runDay = LocalDate.ofInstant(run.runAt(), clock.getZone());

        CouncilPicture picture = pictures.asAt(BIRMINGHAM, runDay, TestUsers.officer("officer"));

        ConcernCounts concerns = picture.concerns().orElseThrow();
        assertThat(concerns.runId()).isEqualTo(run.id());
        assertThat(concerns.categories().stream().collect(Collectors.toMap(ConcernCounts.CategoryCount::category,
                ConcernCounts.CategoryCount::schools))).isEqualTo(expected);
        assertThat(concerns.schools()).isPositive();
        List<Urn> twoOnTheList = priorityLists.forRun(run.id(), TestUsers.officer("officer")).orElseThrow().entries()
                .stream().limit(2).map(entry -> entry.result().urn()).toList();
        assertThat(pictures.asAt(BIRMINGHAM, runDay, partnerOf("dashboard-concerns-partner", twoOnTheList))
                .concerns().orElseThrow().schools()).isEqualTo(2);
        assertThat(pictures.asAt(BIRMINGHAM, END_OF_2022_23, TestUsers.officer("officer")).concerns()).isEmpty();
    }

    private OfstedFile.Row firstOf(LatestGrade grade) {
        return file.rows().stream().filter(row -> row.grade() == grade && !row.urn().equals(HOLLYWOOD_IN_THE_FILE))
                .findFirst().orElseThrow();
    }

    private ViewerScope partnerOf(String username, List<Urn> schools) {
        TestUsers.store(jdbc, username, Role.PARTNER, schools);
        return ViewerScope.of(username, Set.of(Role.PARTNER));
    }

    private static Set<Urn> difference(java.util.Collection<Urn> from, java.util.Collection<Urn> minus) {
        Set<Urn> difference = new TreeSet<>(java.util.Comparator.comparing(Urn::value));
        difference.addAll(from);
        difference.removeAll(minus);
        return difference;
    }
}
