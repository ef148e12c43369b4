package org.schoolscope.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.schoolscope.assessment.domain.CompiledRulebook;
import org.schoolscope.assessment.domain.Decision;
import org.schoolscope.assessment.domain.Evaluation;
import org.schoolscope.assessment.domain.FactTable;
import org.schoolscope.assessment.domain.Rulebook;
import org.schoolscope.assessment.domain.RulebookCompiler;
import org.schoolscope.assessment.domain.SchoolFactSheet;
import org.schoolscope.assessment.persistence.DataSnapshot;
import org.schoolscope.assessment.persistence.FactSheetQuery;
import org.schoolscope.assessment.rulebook.DefaultRulebook;
import org.schoolscope.assessment.rulebook.MeasureVocabulary;
import org.schoolscope.shared.LaCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The benchmark's SQL peer ({@code benchmark/default-rules.sql}) and the rule engine agree, school by school, on the
 * sample (Birmingham's inspections and figures; Hampshire's key stage 2 and 4 figures): same category, score and
 * fired rules, with the shipped thresholds and with changed ones. The two soft-intelligence rules the SQL cannot
 * express fire for no school in either, since no soft intelligence is stored.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
class SqlRulesAgreementTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    @Autowired
    FactSheetQuery factSheets;

    @Autowired
    JdbcClient jdbc;

    private final SqlRules sql = new SqlRules();

    @Test
    void shouldPlaceEveryBirminghamSchoolAsTheEngineDoes() {
        Map<Integer, SqlRules.Row> agreed = assertAgreement(DefaultRulebook.read(), 330);
        Set<String> fired = firedRules(agreed);
        assertThat(fired).contains("ofsted-inadequate", "ofsted-requires-improvement", "safeguarding-not-met",
                "ungraded-inspection-signals-graded", "graded-inspection-due", "ks4-attainment-lowest-quartile",
                "ks4-progress-lowest-quartile", "ks4-disadvantaged-gap-large", "permanent-exclusions-high");
        assertThat(agreed.values()).extracting(SqlRules.Row::category)
                .contains("Causing concern: Ofsted", "Vulnerable", "Notify regional director", "Not a concern");
    }

    @Test
    void shouldPlaceEveryHampshireSchoolAsTheEngineDoesOnKeyStageTwoFigures() {
        Map<Integer, SqlRules.Row> agreed = assertAgreement(DefaultRulebook.read(), 850);
        assertThat(firedRules(agreed)).contains("ks2-attainment-lowest-quartile", "ks2-progress-lowest-quartile");
    }

    @Test
    void shouldAgreeOnEveryCouncilTogetherWithChangedThresholds() {
        Rulebook whatIf = SqlRules.withThreshold(SqlRules.withThreshold(SqlRules.withThreshold(
                DefaultRulebook.read(), "graded_inspection_due_months", 30), "persistent_absence_margin", 1),
                "large_ks2_disadvantaged_gap", 15);
        Map<Integer, SqlRules.Row> shipped = assertAgreement(DefaultRulebook.read(), null);
        Map<Integer, SqlRules.Row> changed = assertAgreement(whatIf, null);
        assertThat(changed).isNotEqualTo(shipped);
        assertThat(firedRules(changed)).contains("ks2-disadvantaged-gap-large");
    }

    /**
     * The sample's absence file is Birmingham's extract, without England's rows, so the absence rules are checked
     * against England figures CONSTRUCTED for this test (not DfE's): one for all schools and one for secondaries,
     * so both the phase's own figure and the fallback are read. Rolled back with the test's transaction.
     */
    @Test
    @Transactional
    void shouldAgreeOnAbsenceAgainstEnglandsFigureForTheSchoolsPhase() {
        long batch = jdbc.sql("select max(id) from import_batch").query(Long.class).single();
        constructedEnglandFigure(batch, "", "absence.persistent_share", 9);
        constructedEnglandFigure(batch, "State-funded secondary", "absence.persistent_share", 12);
        constructedEnglandFigure(batch, "", "absence.overall_rate", 3.5);

        Map<Integer, SqlRules.Row> agreed = assertAgreement(DefaultRulebook.read(), 330);

        assertThat(firedRules(agreed)).contains("persistent-absence-high", "overall-absence-high");
    }

    private void constructedEnglandFigure(long batch, String breakdown, String measure, double value) {
        jdbc.sql("""
                insert into figure (scope, breakdown, measure_code, academic_year, release_stage, value, raw_value,
                    import_id, source_file)
                values ('ENGLAND', :breakdown, :measure, '2018-19', 'FINAL', :value, :raw, :batch,
                    'constructed-for-test.csv')""").param("breakdown", breakdown).param("measure", measure)
                .param("value", value).param("raw", String.valueOf(value)).param("batch", batch).update();
    }

    private Map<Integer, SqlRules.Row> assertAgreement(Rulebook rulebook, Integer laCode) {
        CompiledRulebook compiled = RulebookCompiler.compile(rulebook, MeasureVocabulary.shippedCatalogue());
        DataSnapshot snapshot = new DataSnapshot(jdbc.sql("select id from import_batch order by id")
                .query(Long.class).list(), AS_OF);
        List<SchoolFactSheet> schools = factSheets.schools(laCode == null ? null : new LaCode(laCode), snapshot);
        List<Decision> decisions = Evaluation.run(compiled, FactTable.of(compiled.facts(), schools),
                factSheets.england(snapshot)).decisions();
        Map<Integer, SqlRules.Row> engine = new TreeMap<>(decisions.stream().collect(Collectors.toMap(
                decision -> decision.urn().value(), decision -> new SqlRules.Row(decision.urn().value(),
                        decision.category(), decision.assessedCategory(), decision.score(),
                        decision.firedRuleIds()))));
        Map<Integer, SqlRules.Row> bySql = new TreeMap<>(sql.run(jdbc, rulebook, laCode, AS_OF).stream()
                .collect(Collectors.toMap(SqlRules.Row::urn, Function.identity())));

        assertThat(engine).hasSizeGreaterThan(laCode == null ? 700 : 300);
        assertThat(bySql.keySet()).isEqualTo(engine.keySet());
        engine.forEach((urn, row) -> assertThat(bySql.get(urn)).as("URN %s", urn).isEqualTo(row));
        return bySql;
    }

    private static Set<String> firedRules(Map<Integer, SqlRules.Row> rows) {
        return rows.values().stream().flatMap(row -> row.firedRuleIds().stream()).collect(Collectors.toSet());
    }
}
