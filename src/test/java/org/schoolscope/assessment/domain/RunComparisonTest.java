package org.schoolscope.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schoolscope.shared.Urn;

class RunComparisonTest {

    private static final String NONE = RulebookFixture.NO_CONCERN;

    private static SchoolOutcome school(int urn, String category, String... fired) {
        return new SchoolOutcome(new Urn(urn), category, List.of(fired));
    }

    @Test
    void shouldSayWhoMovedInWhoMovedOutAndWhoChangedCategoryWithTheRulesThatFiredOnOneSideOnly() {
        List<SchoolOutcome> before = List.of(
                school(900001, NONE, "graded-inspection-due"),
                school(900002, RulebookFixture.VULNERABLE, "ks2-low", "graded-inspection-due"),
                school(900003, RulebookFixture.VULNERABLE, "ungraded-signals-graded"),
                school(900004, RulebookFixture.OFSTED, "ofsted-inadequate"));
        List<SchoolOutcome> after = List.of(
                school(900001, RulebookFixture.VULNERABLE, "ks2-low", "graded-inspection-due"),
                school(900002, NONE),
                school(900003, RulebookFixture.OFSTED, "ofsted-requires-improvement"),
                school(900004, RulebookFixture.OFSTED, "ofsted-inadequate"));

        RunComparison comparison = RunComparison.compare(before, NONE, after, NONE);

        assertThat(comparison.movedIn()).containsExactly(new CategoryChange(new Urn(900001),
                CategoryChange.Movement.MOVED_IN, NONE, RulebookFixture.VULNERABLE, List.of(), List.of("ks2-low")));
        assertThat(comparison.movedOut()).containsExactly(new CategoryChange(new Urn(900002),
                CategoryChange.Movement.MOVED_OUT, RulebookFixture.VULNERABLE, NONE,
                List.of("ks2-low", "graded-inspection-due"), List.of()));
        assertThat(comparison.changedCategory()).containsExactly(new CategoryChange(new Urn(900003),
                CategoryChange.Movement.CHANGED_CATEGORY, RulebookFixture.VULNERABLE, RulebookFixture.OFSTED,
                List.of("ungraded-signals-graded"), List.of("ofsted-requires-improvement")));
        assertThat(comparison.changes()).extracting(CategoryChange::urn)
                .doesNotContain(new Urn(900004));
    }

    @Test
    void shouldCountASchoolAssessedOnOneSideOnlyAsNotOnTheListOnTheOther() {
        RunComparison comparison = RunComparison.compare(
                List.of(school(900001, RulebookFixture.VULNERABLE, "ks2-low"), school(900002, NONE)),
                NONE,
                List.of(school(900003, RulebookFixture.CRISIS, "leadership-crisis")), NONE);

        assertThat(comparison.movedOut()).singleElement().satisfies(change -> {
            assertThat(change.urn()).isEqualTo(new Urn(900001));
            assertThat(change.categoryAfter()).isNull();
        });
        assertThat(comparison.movedIn()).singleElement().satisfies(change -> {
            assertThat(change.urn()).isEqualTo(new Urn(900003));
            assertThat(change.categoryBefore()).isNull();
            assertThat(change.firedOnlyAfter()).containsExactly("leadership-crisis");
        });
        assertThat(comparison.changes()).hasSize(2);
    }

    @Test
    void shouldUseEachSidesOwnNameForNoConcern() {
        RunComparison comparison = RunComparison.compare(List.of(school(900001, NONE)), NONE,
                List.of(school(900001, "F: no concern")), "F: no concern");

        assertThat(comparison.changes()).isEmpty();
    }

    @Test
    void shouldRefuseASchoolAssessedTwiceInOneRun() {
        assertThatThrownBy(() -> RunComparison.compare(List.of(school(900001, NONE), school(900001, NONE)), NONE,
                List.of(), NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("900001");
    }
}
