package org.schoolscope.profile.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.schoolscope.profile.read.OutcomeFilter;
import org.schoolscope.profile.read.ResponsibleBody;
import org.schoolscope.profile.read.SchoolSort;
import org.schoolscope.profile.read.SortDirection;
import org.schoolscope.shared.LaCode;

class SchoolListFormTest {

    static final LaCode COUNCIL = new LaCode(330);

    @Test
    void shouldOpenOnTheCouncilsLocalAuthoritySortedByNameOnTheFirstPage() {
        SchoolListForm.Checked checked = new SchoolListForm(null, "", " ", null, null, null, null, null, null, null, null)
                .check(COUNCIL, 25);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.criteria().la()).isEqualTo(COUNCIL);
        assertThat(checked.criteria().district()).isNull();
        assertThat(checked.criteria().phase()).isNull();
        assertThat(checked.criteria().sort()).isEqualTo(SchoolSort.NAME);
        assertThat(checked.criteria().direction()).isEqualTo(SortDirection.ASCENDING);
        assertThat(checked.criteria().page()).isEqualTo(1);
    }

    @Test
    void shouldReadEveryFilterItIsGiven() {
        SchoolListForm.Checked checked = new SchoolListForm("850", "Ladywood", "Primary", "Academy converter",
                "TRUST", "report-card", "inspected", "desc", "3", " St. Mary ", "2023-08-31").check(COUNCIL, 25);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.criteria().la()).isEqualTo(new LaCode(850));
        assertThat(checked.criteria().responsibleBody()).isEqualTo(ResponsibleBody.TRUST);
        assertThat(checked.criteria().outcome()).isEqualTo(OutcomeFilter.REPORT_CARD);
        assertThat(checked.criteria().sort()).isEqualTo(SchoolSort.INSPECTED);
        assertThat(checked.criteria().direction()).isEqualTo(SortDirection.DESCENDING);
        assertThat(checked.criteria().offset()).isEqualTo(50);
        assertThat(checked.criteria().search()).isEqualTo("St. Mary");
        assertThat(checked.criteria().asAt()).isEqualTo(java.time.LocalDate.of(2023, 8, 31));
    }

    @Test
    void shouldNameEachUnusableValueAndFallBackToTheDefault() {
        SchoolListForm.Checked checked = new SchoolListForm("33", null, null, null, "COUNCIL", "superb", "colour",
                "sideways", "0", null, "31/08/2023").check(COUNCIL, 25);
        assertThat(checked.problems()).extracting(FilterProblem::field)
                .containsExactly("la", "body", "outcome", "results", "results", "results", "asAt");
        assertThat(checked.criteria().la()).isEqualTo(COUNCIL);
        assertThat(checked.criteria().responsibleBody()).isNull();
        assertThat(checked.criteria().outcome()).isNull();
        assertThat(checked.criteria().page()).isEqualTo(1);
        assertThat(checked.criteria().asAt()).isNull();
    }
}
