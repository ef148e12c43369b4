package org.schoolscope.register.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.register.District;
import org.schoolscope.register.Districts;
import org.schoolscope.register.RegisterTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

class DistrictsTest extends RegisterTestSupport {

    static final int BIRMINGHAM = 330;

    @Autowired
    Districts districts;

    @Autowired
    DefaultDistricts defaultDistricts;

    @BeforeEach
    void loadBirminghamsDefault() {
        defaultDistricts.loadIfEmpty();
    }

    /** Every spelling in the Ofsted 31 August 2023 file and the 2023-24 KS4 (Explore Education Statistics) file. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Birmingham, Edgbaston      | Edgbaston
            Birmingham, Erdington      | Erdington
            Birmingham, Hall Green     | Hall Green
            Birmingham, Hodge Hill     | Hodge Hill
            Birmingham, Ladywood       | Ladywood
            Birmingham, Northfield     | Northfield
            Birmingham, Perry Barr     | Perry Barr
            Birmingham, Selly Oak      | Selly Oak
            Sutton Coldfield           | Sutton Coldfield
            Birmingham, Yardley        | Yardley
            Birmingham Edgbaston       | Edgbaston
            Birmingham Erdington       | Erdington
            Birmingham Ladywood        | Ladywood
            Birmingham Northfield      | Northfield
            Birmingham Perry Barr      | Perry Barr
            Birmingham Selly Oak       | Selly Oak
            Birmingham Yardley         | Yardley
            Birmingham Hall Green and Moseley        | Hall Green
            Birmingham Hodge Hill and Solihull North | Hodge Hill
            """)
    void shouldPlaceEachBirminghamConstituencyInItsDistrict(String constituency, String district) {
        assertThat(districts.districtOf(BIRMINGHAM, constituency, LocalDate.of(2025, 1, 1)))
                .contains(new District(district, null));
    }

    @Test
    void shouldGiveBirminghamItsTenDistricts() {
        assertThat(jdbc.sql("select distinct district from district_mapping where la_code = 330 order by 1")
                .query(String.class).list()).containsExactly("Edgbaston", "Erdington", "Hall Green", "Hodge Hill",
                        "Ladywood", "Northfield", "Perry Barr", "Selly Oak", "Sutton Coldfield", "Yardley");
    }

    @Test
    void shouldNotPlaceAConstituencyOutsideTheCouncilsMapping() {
        assertThat(districts.districtOf(BIRMINGHAM, "Meriden")).isEmpty();
        assertThat(districts.districtOf(BIRMINGHAM, "West Bromwich")).isEmpty();
        assertThat(districts.districtOf(850, "Birmingham, Edgbaston")).isEmpty();
    }

    @Test
    void shouldNotPlaceThe2024ConstituenciesBeforeTheyExisted() {
        assertThat(districts.districtOf(BIRMINGHAM, "Birmingham Hall Green and Moseley", LocalDate.of(2023, 8, 31)))
                .isEmpty();
    }

    @Test
    void shouldNotReloadTheDefaultOnceBirminghamHasAMapping() {
        long rows = count("select count(*) from district_mapping");

        defaultDistricts.loadIfEmpty();

        assertThat(count("select count(*) from district_mapping")).isEqualTo(rows);
    }

    @Test
    void shouldTakeACouncilsOwnMappingWithLocalitiesAndKeepTheEarlierPlacement() {
        ImportReport report = importText("birmingham-districts-2026.csv", """
                LA code,Constituency,District,Locality,Valid from
                330,"Birmingham, Edgbaston",Ladywood,Central West,2026-09-01
                330,"Birmingham, Yardley",Yardley,East,2026-09-01
                """);

        assertThat(report.outcome()).as(report.summary()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.kind()).isEqualTo("district-mapping");
        assertThat(report.counts()).satisfies(c -> {
            assertThat(c.changed()).isEqualTo(2);
            assertThat(c.added()).isZero();
        });
        assertThat(districts.districtOf(BIRMINGHAM, "Birmingham Edgbaston", LocalDate.of(2026, 9, 1)))
                .contains(new District("Ladywood", "Central West"));
        assertThat(districts.districtOf(BIRMINGHAM, "Birmingham Edgbaston", LocalDate.of(2026, 8, 31)))
                .contains(new District("Edgbaston", null));
    }

    @Test
    void shouldCountUnchangedLinesOfAMappingThatMovesNothing() {
        ImportReport report = importText("same.csv", """
                LA code,Constituency,District,Locality
                330,Birmingham Northfield,Northfield,
                """);

        assertThat(report.counts().unchanged()).isEqualTo(1);
        assertThat(count("select count(*) from district_mapping where la_code = 330")).isEqualTo(12);
    }

    @Test
    void shouldLetAnotherCouncilSetItsOwnDistricts() {
        importText("hampshire-districts.csv", """
                LA code,Constituency,District,Locality,Valid from
                850,East Hampshire,East,Alton,2020-01-01
                """);

        Optional<District> district = districts.districtOf(850, "EAST HAMPSHIRE");
        assertThat(district).contains(new District("East", "Alton"));
    }

    @Test
    void shouldRejectAMappingLineWithoutADistrict() {
        ImportReport report = importText("broken.csv", """
                LA code,Constituency,District,Locality
                330,Birmingham Ladywood,Ladywood,
                33O,Birmingham Yardley,,
                """);

        assertThat(report.rejected()).isTrue();
        assertThat(report.problems()).extracting(p -> Map.entry(p.line(), p.column()))
                .containsExactlyInAnyOrder(Map.entry(3L, "LA code"), Map.entry(3L, "District"));
    }
}
