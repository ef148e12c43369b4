package org.schoolscope.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.schoolscope.assessment.domain.Assessment;
import org.schoolscope.assessment.domain.Assessor;
import org.schoolscope.assessment.domain.CompiledRulebook;
import org.schoolscope.assessment.domain.Decision;
import org.schoolscope.assessment.domain.Evaluation;
import org.schoolscope.assessment.domain.FactTable;
import org.schoolscope.assessment.domain.FactValue;
import org.schoolscope.assessment.domain.NationalFigures;
import org.schoolscope.assessment.domain.Provenance;
import org.schoolscope.assessment.domain.RulebookCompiler;
import org.schoolscope.assessment.domain.SchoolFactSheet;
import org.schoolscope.assessment.domain.StandardFacts;
import org.schoolscope.assessment.rulebook.DefaultRulebook;
import org.schoolscope.assessment.rulebook.MeasureVocabulary;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;

/**
 * The default rulebook over 22,000 synthetic schools (England's state-funded count) in 150 councils: a what-if
 * re-runs a changed rulebook over facts already laid out as columns and needs only the decisions
 * ({@code decideLaidOutSchools}); a full assessment explains every school ({@code assessLaidOutSchools}); a fresh run also
 * lays them out ({@code layOutAndAssess}). Figures are random (seeded), not any real school's. Not wired into the
 * build; run with {@code ./benchmark assessment}. The PostgreSQL comparison is the next part's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class AssessmentBenchmark {

    private static final int SCHOOLS = Smoke.on() ? 500 : 22_000;
    private static final int COUNCILS = 150;

    private CompiledRulebook rulebook;
    private List<SchoolFactSheet> schools;
    private FactTable table;
    private NationalFigures england;

    @Setup(Level.Trial)
    public void setUp() {
        rulebook = RulebookCompiler.compile(DefaultRulebook.read(), MeasureVocabulary.shippedCatalogue());
        Random random = new Random(20261123);
        Provenance figures = new Provenance(new AcademicYear(2018), "synthetic_figures.csv");
        Provenance ofsted = new Provenance(new AcademicYear(2023), "synthetic_ofsted.csv");
        schools = new ArrayList<>(SCHOOLS);
        for (int i = 0; i < SCHOOLS; i++) {
            boolean primary = i % 5 != 0;
            Map<String, FactValue> facts = new HashMap<>();
            String[] grades = {"Outstanding", "Good", "Good", "Good", "Requires improvement", "Inadequate"};
            facts.put(StandardFacts.OVERALL_EFFECTIVENESS,
                    FactValue.text(grades[random.nextInt(grades.length)], ofsted));
            facts.put(StandardFacts.MONTHS_SINCE_GRADED, FactValue.number(random.nextInt(120), ofsted));
            facts.put(StandardFacts.UNGRADED_NEXT_GRADED, FactValue.flag(random.nextInt(20) == 0, ofsted));
            sometimes(random, facts, "absence.persistent_share", 5 + 20 * random.nextDouble(), figures);
            sometimes(random, facts, "absence.overall_rate", 3 + 5 * random.nextDouble(), figures);
            sometimes(random, facts, "exclusions.permanent_rate", 0.4 * random.nextDouble(), figures);
            if (primary) {
                sometimes(random, facts, "ks2.rwm_expected", 30 + 60 * random.nextDouble(), figures);
                sometimes(random, facts, "ks2.reading_progress", random.nextGaussian() * 2, figures);
                sometimes(random, facts, "ks2.writing_progress", random.nextGaussian() * 2, figures);
                sometimes(random, facts, "ks2.maths_progress", random.nextGaussian() * 2, figures);
                sometimes(random, facts, "ks2.rwm_expected_disadvantaged", 20 + 50 * random.nextDouble(), figures);
                sometimes(random, facts, "ks2.rwm_expected_not_disadvantaged", 40 + 50 * random.nextDouble(),
                        figures);
            } else {
                sometimes(random, facts, "ks4.attainment8", 30 + 30 * random.nextDouble(), figures);
                sometimes(random, facts, "ks4.progress8", random.nextGaussian() * 0.5, figures);
                sometimes(random, facts, "ks4.progress8_disadvantaged_gap", -0.5 + random.nextGaussian() * 0.4,
                        figures);
            }
            ResponsibleBody body = random.nextInt(10) < 4 ? ResponsibleBody.LOCAL_AUTHORITY : ResponsibleBody.TRUST;
            schools.add(new SchoolFactSheet(new Urn(900001 + i), body, primary ? "Primary" : "Secondary",
                    800 + i % COUNCILS, facts));
        }
        england = new NationalFigures(Map.of("absence.persistent_share", FactValue.number(11, figures),
                "absence.overall_rate", FactValue.number(4.7, figures)));
        table = FactTable.of(rulebook.facts(), schools);
    }

    /** Nine figures in ten are published; the tenth is suppressed, as small cohorts are. */
    private static void sometimes(Random random, Map<String, FactValue> facts, String measure, double value,
            Provenance provenance) {
        facts.put(measure, random.nextInt(10) == 0 ? FactValue.notAvailable("SUPP", provenance)
                : FactValue.number(value, provenance));
    }

    /** A what-if's share: every school's category and score, no explanations. */
    @Benchmark
    public List<Decision> decideLaidOutSchools() {
        return Evaluation.run(rulebook, table, england).decisions();
    }

    @Benchmark
    public Assessment assessLaidOutSchools() {
        return Assessor.assess(rulebook, table, england);
    }

    @Benchmark
    public Assessment layOutAndAssess() {
        return Assessor.assess(rulebook, schools, england);
    }
}
