package org.schoolscope.inspection.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.schoolscope.inspection.domain.Framework;
import org.schoolscope.inspection.domain.ReportCardGrade;

class InspectionLayoutReaderTest {

    private static final String VALID = """
            kind: test-report-cards
            title: Test layout
            signature: [URN, Card number]
            school: {urn: URN, name: School name}
            codes:
              reportCardGrades: {"Exceptional": EXCEPTIONAL, "Needs attention": NEEDS_ATTENTION}
              safeguarding: {"Met": MET, "Not met": NOT_MET}
            inspections:
              - section: latest report card
                framework: REPORT_CARD
                number: Card number
                startDate: Start
                safeguarding: Safeguarding
                judgements: {INCLUSION: Inclusion}
            """;

    @Test
    void shouldReadALayout() {
        InspectionLayout layout = InspectionLayoutReader.read("test.yaml", VALID);
        assertThat(layout.kind()).isEqualTo("test-report-cards");
        assertThat(layout.signature()).containsExactly("URN", "Card number");
        assertThat(layout.codes().reportCardGrades()).containsEntry("Needs attention", ReportCardGrade.NEEDS_ATTENTION);
        assertThat(layout.sections()).singleElement().satisfies(section -> {
            assertThat(section.framework()).isEqualTo(Framework.REPORT_CARD);
            assertThat(section.presenceColumn()).isEqualTo("Card number");
            assertThat(section.judgements()).containsEntry("INCLUSION", "Inclusion");
        });
    }

    @Test
    void shouldRefuseAMisspeltKey() {
        assertThatIllegalStateException().isThrownBy(() -> InspectionLayoutReader.read("test.yaml",
                VALID.replace("startDate:", "startdate:"))).withMessageContaining("unknown key 'startdate'");
    }

    @Test
    void shouldRefuseAnAreaOfAnotherEra() {
        assertThatIllegalStateException().isThrownBy(() -> InspectionLayoutReader.read("test.yaml",
                VALID.replace("INCLUSION: Inclusion", "QUALITY_OF_EDUCATION: Quality"))).withMessageContaining(
                "QUALITY_OF_EDUCATION");
    }

    @Test
    void shouldRefuseAnUnquotedYesThatYamlReadsAsABoolean() {
        assertThatIllegalStateException().isThrownBy(() -> InspectionLayoutReader.read("test.yaml",
                VALID.replace("{\"Met\": MET", "{Yes: MET"))).withMessageContaining("quote it");
    }

    @Test
    void shouldRefuseAGradeNotOnTheScale() {
        assertThatIllegalStateException().isThrownBy(() -> InspectionLayoutReader.read("test.yaml",
                VALID.replace(": EXCEPTIONAL,", ": OUTSTANDING,"))).withMessageContaining("OUTSTANDING");
    }

    @Test
    void shouldRefuseASingleGradeSectionWithoutAnOverallGrade() {
        assertThatIllegalStateException().isThrownBy(() -> InspectionLayoutReader.read("test.yaml",
                VALID.replace("REPORT_CARD", "SINGLE_GRADE").replace("judgements: {INCLUSION: Inclusion}", "")))
                .withMessageContaining("overallEffectiveness");
    }
}
