package org.schoolscope.scorecard.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schoolscope.scorecard.domain.Indicator;
import org.schoolscope.scorecard.domain.Target;
import org.schoolscope.scorecard.persistence.CatalogueVersionStore;

/** The indicator catalogue a council edits: seed 001's as the default, and a wrong one refused with its lines. */
class CatalogueYamlTest {

    private static final String GOOD = """
            indicators:
              - code: "7"
                name: Key Stage 2 reading, writing and maths
                polarity: higher
                unit: percent
                period: academic
                target: {type: national-average, tolerance: 1}
                source: {series: lait.KS2RWM_Expected_STD}
            """;

    @Test
    void shouldReadSeed001sCatalogueWithItsTargetsAsTheDefault() {
        List<Indicator> indicators = CatalogueYaml.read(CatalogueVersionStore.defaultText());

        // Seed 001: performance indicators 1, 1a and 2 to 23, and A1 to A4.
        assertThat(indicators).extracting(Indicator::code).containsExactly("1", "1a", "2", "3", "4", "5", "6", "7",
                "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "A1",
                "A2", "A3", "A4");
        Indicator ks2 = find(indicators, "7");
        assertThat(ks2.target()).isEqualTo(new Target.NationalAverage(BigDecimal.ONE));
        assertThat(ks2.source()).isEqualTo(new Indicator.Source.Series("lait.KS2RWM_Expected_STD"));
        assertThat(find(indicators, "15").target()).isEqualTo(new Target.Value(new BigDecimal("99"), BigDecimal.ONE));
        assertThat(find(indicators, "15").periodType()).isEqualTo(Indicator.PeriodType.CALENDAR);
        assertThat(find(indicators, "8").target()).isEqualTo(new Target.Zero(BigDecimal.ZERO));
        assertThat(find(indicators, "18").target()).isEqualTo(new Target.Trend(Target.Direction.REDUCING, 2));
        assertThat(find(indicators, "17").polarity()).isEqualTo(Indicator.Polarity.LOWER);
        assertThat(find(indicators, "21").source()).isEqualTo(new Indicator.Source.Series("lait.16-17 NEET"));
        assertThat(find(indicators, "21").periodType()).isEqualTo(Indicator.PeriodType.FINANCIAL);
        assertThat(find(indicators, "A1").target()).isEqualTo(new Target.None());
        // No published series: entered by an officer (2, 3, 4, 16, 22, 23, A1 to A4); 1 and 1a are computed.
        assertThat(indicators.stream().filter(Indicator::enteredByOfficer).map(Indicator::code))
                .containsExactly("2", "3", "4", "16", "22", "23", "A1", "A2", "A3", "A4");
        assertThat(find(indicators, "1").source()).isEqualTo(
                new Indicator.Source.Computed(Indicator.Computation.SCHOOLS_GOOD_OR_OUTSTANDING));
        assertThat(find(indicators, "1").periodType()).isEqualTo(Indicator.PeriodType.ACADEMIC);
        assertThat(find(indicators, "1a").source()).isEqualTo(
                new Indicator.Source.Computed(Indicator.Computation.INSPECTED_IN_YEAR_GOOD_OR_OUTSTANDING));
    }

    @Test
    void shouldReadAGoodCatalogue() {
        assertThat(CatalogueYaml.read(GOOD)).singleElement().satisfies(indicator -> {
            assertThat(indicator.code()).isEqualTo("7");
            assertThat(indicator.decimals()).isZero();
        });
    }

    @Test
    void shouldRefuseACatalogueNamingTheLineOfEachProblem() {
        String wrong = """
                indicators:
                  - code: "7"
                    name: Key Stage 2 reading, writing and maths
                    polarity: higher
                    unit: percent
                    period: academic
                    taget: {type: national-average, tolerance: 1}
                    source: {series: lait.KS2RWM_Expected_STD}
                  - code: "17"
                    name: Persistent absence
                    polarity: sideways
                    unit: percent
                    period: academic
                    target: {type: national-averag}
                    source: {series: lait.TotPerAbNew}
                """;

        assertThatThrownBy(() -> CatalogueYaml.read(wrong)).isInstanceOfSatisfying(CatalogueRefusedException.class,
                refused -> assertThat(refused.problems()).extracting(CatalogueProblem::line,
                        CatalogueProblem::message).contains(
                                org.assertj.core.groups.Tuple.tuple(7, "unknown key 'taget' (expected one of code,"
                                        + " decimals, definition, name, outcome, period, polarity, source, target,"
                                        + " unit)"),
                                org.assertj.core.groups.Tuple.tuple(11, "'polarity' is one of higher, lower, not"
                                        + " 'sideways'"),
                                org.assertj.core.groups.Tuple.tuple(14, "the target type 'national-averag' is not one"
                                        + " of value, zero, national-average, trend, none")));
    }

    @Test
    void shouldRefuseTwoIndicatorsWithOneCodeAndYamlThatDoesNotRead() {
        assertThatThrownBy(() -> CatalogueYaml.read(GOOD + GOOD.substring(GOOD.indexOf("  - code"))))
                .isInstanceOfSatisfying(CatalogueRefusedException.class, refused -> assertThat(refused.problems())
                        .containsExactly(new CatalogueProblem(9, "the code '7' is given to two indicators")));
        assertThatThrownBy(() -> CatalogueYaml.read("indicators:\n  - code: [7\n"))
                .isInstanceOfSatisfying(CatalogueRefusedException.class, refused -> assertThat(refused.problems())
                        .singleElement().satisfies(problem -> assertThat(problem.line()).isPositive()));
    }

    @Test
    void shouldRefuseAComputationSchoolscopeDoesNotKnowNamingItsLine() {
        String wrong = """
                indicators:
                  - code: "1"
                    name: Schools Good or Outstanding
                    polarity: higher
                    unit: percent
                    period: academic
                    target: {type: trend, direction: improving, periods: 2}
                    source: {computed: schools-good-or-better}
                """;

        assertThatThrownBy(() -> CatalogueYaml.read(wrong)).isInstanceOfSatisfying(CatalogueRefusedException.class,
                refused -> assertThat(refused.problems()).containsExactly(new CatalogueProblem(8,
                        "'schools-good-or-better' is not a computation Schoolscope knows"
                                + " (schools-good-or-outstanding or inspected-in-year-good-or-outstanding)")));
        assertThat(CatalogueYaml.read(wrong.replace("schools-good-or-better", "schools-good-or-outstanding")))
                .singleElement().extracting(Indicator::source).isEqualTo(
                        new Indicator.Source.Computed(Indicator.Computation.SCHOOLS_GOOD_OR_OUTSTANDING));
    }

    private static Indicator find(List<Indicator> indicators, String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
