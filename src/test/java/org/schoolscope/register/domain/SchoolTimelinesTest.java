package org.schoolscope.register.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.schoolscope.register.ListScope;
import org.junit.jupiter.api.Test;
import org.schoolscope.register.EstablishmentType;
import org.schoolscope.register.Governance;
import org.schoolscope.register.PhaseOfEducation;
import org.schoolscope.register.SchoolOnDate;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.register.SchoolStatus;
import org.schoolscope.shared.Urn;

/** The register's precedence over hand-made evidence shaped like the Birmingham files. */
class SchoolTimelinesTest {

    private static final LocalDate SPINE_YEAR_START = LocalDate.of(2017, 9, 1);
    private static final LocalDate SPINE_YEAR_END = LocalDate.of(2018, 8, 31);
    private static final LocalDate CENSUS_2019 = LocalDate.of(2019, 1, 17);
    private static final LocalDate OFSTED_2023 = LocalDate.of(2023, 8, 31);
    private static final LocalDate CENSUS_2025 = LocalDate.of(2025, 1, 16);
    private static final LocalDate LINKS_FILE = LocalDate.of(2025, 4, 22);

    private static final CompleteList CENSUS_19 = new CompleteList(1, "the January 2019 school census",
            "2018-2019_330_census_birmingham.csv", 11, CENSUS_2019, ListScope.ALL_SCHOOLS, Set.of(330));
    private static final CompleteList OFSTED = new CompleteList(2, "Ofsted's state-funded schools",
            "ofsted_as_at_31_Aug_2023.csv", 12, OFSTED_2023, ListScope.STATE_FUNDED, Set.of(330));
    private static final CompleteList CENSUS_25 = new CompleteList(3, "the January 2025 school census",
            "2024-2025_england_census.csv", 13, CENSUS_2025, ListScope.ALL_SCHOOLS, Set.of(330));

    @Test
    void shouldCloseAPredecessorTheDayAfterItsSuccessorLinkAndOpenTheSuccessor() {
        SchoolTimelines timelines = SchoolTimelines.of(List.of(
                spine(103422, "Abbey Catholic Primary School", "Voluntary aided school", null),
                listed(103422, CENSUS_19, "State-funded primary"),
                listed(147669, OFSTED, "Academy Converter"),
                listed(147669, CENSUS_25, "State-funded primary")),
                List.of(link(103422, 147669, "Successor", LocalDate.of(2021, 3, 31)),
                        link(147669, 103422, "Predecessor", LocalDate.of(2021, 4, 1))),
                List.of(CENSUS_19, OFSTED, CENSUS_25));

        SchoolOnDate lastDay = on(timelines, 103422, LocalDate.of(2021, 3, 31));
        SchoolOnDate after = on(timelines, 103422, LocalDate.of(2021, 4, 1));
        assertThat(lastDay.status()).isEqualTo(SchoolStatus.OPEN);
        assertThat(after.status()).isEqualTo(SchoolStatus.CLOSED);
        assertThat(after.statusEvidence().words()).isEqualTo("Succeeded by 147669 (Abbey Catholic Primary School)"
                + " on 31 March 2021");
        assertThat(after.successors()).extracting(l -> l.urn().value()).containsExactly(147669);
        assertThat(on(timelines, 147669, LocalDate.of(2021, 4, 1)).status()).isEqualTo(SchoolStatus.OPEN);
        assertThat(timelines.timeline(new Urn(147669)).orElseThrow().on(LocalDate.of(2021, 3, 31))).isEmpty();
    }

    @Test
    void shouldReadTheChangeoverFromTheLinksTwoSidesWhicheverWayRoundGiasDatesThem() {
        // George Dixon Primary School: GIAS dates its successor link 01-04-2024 and the academy's link 31-03-2024.
        SchoolTimelines timelines = SchoolTimelines.of(List.of(
                spine(103200, "George Dixon Primary School", "Community school", null),
                listed(150731, CENSUS_25, "State-funded primary")),
                List.of(link(103200, 150731, "Successor", LocalDate.of(2024, 4, 1)),
                        link(150731, 103200, "Predecessor", LocalDate.of(2024, 3, 31))),
                List.of(CENSUS_25));

        assertThat(on(timelines, 103200, LocalDate.of(2024, 3, 31)).status()).isEqualTo(SchoolStatus.OPEN);
        SchoolOnDate closed = on(timelines, 103200, LocalDate.of(2024, 4, 1));
        assertThat(closed.status()).isEqualTo(SchoolStatus.CLOSED);
        assertThat(closed.statusEvidence().words()).endsWith("on 31 March 2024");
        assertThat(on(timelines, 150731, LocalDate.of(2024, 4, 1)).status()).isEqualTo(SchoolStatus.OPEN);
        assertThat(timelines.timeline(new Urn(150731)).orElseThrow().on(LocalDate.of(2024, 3, 31))).isEmpty();
    }

    @Test
    void shouldTakeAListingOfASucceededSchoolAsItsSuccessorsAndShowTheConflict() {
        SchoolTimelines timelines = SchoolTimelines.of(List.of(
                listed(103314, CENSUS_19, "State-funded primary"),
                listed(103314, OFSTED, "Community School"),
                listed(149607, CENSUS_25, "State-funded primary")),
                List.of(link(103314, 149607, "Successor", LocalDate.of(2023, 3, 31))),
                List.of(CENSUS_19, OFSTED, CENSUS_25));

        SchoolOnDate predecessor = on(timelines, 103314, OFSTED_2023);
        SchoolOnDate successor = on(timelines, 149607, OFSTED_2023);
        assertThat(predecessor.status()).isEqualTo(SchoolStatus.CLOSED);
        assertThat(predecessor.conflicts()).singleElement().asString()
                .contains("still lists this school after it was succeeded by 149607");
        assertThat(successor.status()).isEqualTo(SchoolStatus.OPEN);
        assertThat(successor.statusEvidence().words()).endsWith("under its predecessor's URN 103314");
        assertThat(successor.isOpenIn(SchoolSet.STATE_FUNDED)).isTrue();
        assertThat(successor.type().isExact()).as("the predecessor's type was the maintained school's").isFalse();
        assertThat(successor.laCode()).isEqualTo(330);
    }

    @Test
    void shouldKeepASplitSchoolOpen() {
        SchoolTimelines timelines = SchoolTimelines.of(List.of(
                listed(144042, OFSTED, "Academy Special Converter"),
                listed(148653, OFSTED, "Academy Special Converter")),
                List.of(link(144042, 148653, "Successor - Split School", LocalDate.of(2021, 9, 1))),
                List.of(OFSTED));

        assertThat(on(timelines, 144042, OFSTED_2023).status()).isEqualTo(SchoolStatus.OPEN);
    }

    @Test
    void shouldMarkAStateFundedSchoolMissingFromALaterListAsNotInItUntilAListHasItAgain() {
        SchoolTimelines timelines = SchoolTimelines.of(List.of(
                spine(103001, "A Community Primary", "Community school", null),
                spine(103002, "An Independent School", "Other independent school", null),
                listed(103001, CENSUS_25, "State-funded primary")),
                List.of(), List.of(OFSTED, CENSUS_25));

        SchoolOnDate missing = on(timelines, 103001, OFSTED_2023);
        assertThat(missing.status()).isEqualTo(SchoolStatus.NOT_LISTED);
        assertThat(missing.statusEvidence().words()).isEqualTo("Not in Ofsted's state-funded schools as at"
                + " 31 August 2023");
        assertThat(on(timelines, 103001, CENSUS_2025).status()).isEqualTo(SchoolStatus.OPEN);
        assertThat(on(timelines, 103002, OFSTED_2023).status())
                .as("Ofsted's list holds no independent schools").isEqualTo(SchoolStatus.OPEN);
        assertThat(on(timelines, 103002, CENSUS_2025).status()).isEqualTo(SchoolStatus.NOT_LISTED);
    }

    @Test
    void shouldCountASchoolOfAnAcademicYearsFileOpenFromTheYearsStartAndCloseItAfterItsCloseDate() {
        SchoolTimelines timelines = SchoolTimelines.of(List.of(
                spine(103522, "John Willmott School", "Community school", LocalDate.of(2019, 6, 30))), List.of(),
                List.of());

        assertThat(timelines.timeline(new Urn(103522)).orElseThrow().on(SPINE_YEAR_START.minusDays(1))).isEmpty();
        assertThat(on(timelines, 103522, SPINE_YEAR_START).status()).isEqualTo(SchoolStatus.OPEN);
        assertThat(on(timelines, 103522, LocalDate.of(2019, 6, 30)).status()).isEqualTo(SchoolStatus.OPEN);
        SchoolOnDate closed = on(timelines, 103522, LocalDate.of(2019, 7, 1));
        assertThat(closed.status()).isEqualTo(SchoolStatus.CLOSED);
        assertThat(closed.statusEvidence().words()).isEqualTo("Closed on 30 June 2019");
    }

    @Test
    void shouldNeverReopenAClosedUrnButShowTheLaterEvidence() {
        SchoolTimelines timelines = SchoolTimelines.of(List.of(
                spine(103522, "John Willmott School", "Community school", LocalDate.of(2019, 6, 30)),
                listed(103522, CENSUS_19, "State-funded secondary")),
                List.of(link(103522, 144721, "Successor", LocalDate.of(2017, 3, 31))), List.of(CENSUS_19));

        SchoolOnDate inCensus = on(timelines, 103522, CENSUS_2019);
        assertThat(inCensus.status()).isEqualTo(SchoolStatus.CLOSED);
        assertThat(inCensus.conflicts()).anySatisfy(c -> assertThat(c).startsWith("Closed on 30 June 2019"))
                .anySatisfy(c -> assertThat(c).startsWith("In the file of the schools of the year"));
    }

    @Test
    void shouldKeepTheExactTypeANewerBroadTypeAgreesWithAndNameThePhasesSource() {
        SchoolTimelines timelines = SchoolTimelines.of(List.of(
                spine(103258, "Starbank School", "Community school", null),
                statement(103258, LocalDate.of(2018, 7, 31), null, null, "Starbank  School", null, "Secondary",
                        "england_ofsted-schools_31_July_2018_birmingham.csv"),
                listed(103258, CENSUS_19, "State-funded secondary")),
                List.of(), List.of(CENSUS_19));

        SchoolOnDate june2018 = on(timelines, 103258, LocalDate.of(2018, 6, 30));
        assertThat(june2018.type().establishmentType()).isEqualTo(EstablishmentType.COMMUNITY_SCHOOL);
        assertThat(june2018.phase()).isEqualTo(PhaseOfEducation.SECONDARY);
        assertThat(june2018.phaseSource()).isEqualTo("phase 'Secondary' in"
                + " england_ofsted-schools_31_July_2018_birmingham.csv");
        SchoolOnDate census = on(timelines, 103258, CENSUS_2019);
        assertThat(census.type().establishmentType()).isEqualTo(EstablishmentType.COMMUNITY_SCHOOL);
        assertThat(census.type().governance()).isEqualTo(Governance.LOCAL_AUTHORITY_MAINTAINED);
        assertThat(census.isOpenIn(SchoolSet.MAINTAINED)).isTrue();
        assertThat(census.phaseSource()).startsWith("school type 'State-funded secondary'");
    }

    @Test
    void shouldInferAPhaseFromTheSpinesAgesWhereNoFileNamesOne() {
        SchoolTimelines timelines = SchoolTimelines.of(List.of(
                spine(103100, "A Primary", "Community school", null)), List.of(), List.of());

        SchoolOnDate school = on(timelines, 103100, SPINE_YEAR_END);
        assertThat(school.phase()).isEqualTo(PhaseOfEducation.PRIMARY);
        assertThat(school.phaseSource()).isEqualTo("statutory ages 3 to 11 in spine.csv");
    }

    @Test
    void shouldGiveAKnownBroadTypeOnlyWhereNoExactTypeAgrees() {
        SchoolTimelines timelines = SchoolTimelines.of(List.of(listed(150101, CENSUS_25, "State-funded primary")),
                List.of(), List.of(CENSUS_25));

        SchoolOnDate school = on(timelines, 150101, CENSUS_2025);
        assertThat(school.type().isExact()).isFalse();
        assertThat(school.isOpenIn(SchoolSet.STATE_FUNDED)).isTrue();
        assertThat(school.isOpenIn(SchoolSet.MAINTAINED)).isFalse();
        assertThat(school.name()).isNull();
        assertThat(school.displayName()).contains("150101");
    }

    private static SchoolOnDate on(SchoolTimelines timelines, int urn, LocalDate date) {
        return timelines.timeline(new Urn(urn)).orElseThrow().on(date).orElseThrow();
    }

    private static Statement spine(int urn, String name, String type, LocalDate closeDate) {
        return new Statement(new Urn(urn), SPINE_YEAR_END, SPINE_YEAR_START, null, 330, null, name, type,
                "Maintained School", null, null, null, closeDate, 3, 11, null, null, "spine.csv", 1);
    }

    private static Statement listed(int urn, CompleteList list, String type) {
        return new Statement(new Urn(urn), list.asAt(), null, list.id(), 330, null, null, type, null, null, null,
                null, null, null, null, null, null, list.sourceFile(), list.importId());
    }

    private static Statement statement(int urn, LocalDate asAt, String type, String group, String name,
            String status, String phase, String file) {
        return new Statement(new Urn(urn), asAt, null, null, null, null, name, type, group, status, phase, null, null,
                null, null, null, null, file, 5);
    }

    private static LinkEvidence link(int urn, int linked, String type, LocalDate on) {
        return new LinkEvidence(new Urn(urn), new Urn(linked), urn == 103422 || linked == 103422
                ? "Abbey Catholic Primary School" : "Linked school", type, on, "links.csv", 20, LINKS_FILE);
    }
}
