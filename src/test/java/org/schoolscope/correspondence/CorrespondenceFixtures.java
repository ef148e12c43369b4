package org.schoolscope.correspondence;

import java.time.LocalDate;
import org.schoolscope.profile.fixtures.FigureFixture;
import org.schoolscope.profile.fixtures.ImportBatchFixture;
import org.schoolscope.profile.fixtures.InspectionFixture;
import org.schoolscope.profile.fixtures.SchoolFixture;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small fictional council for the letters and the monthly report: three maintained schools and an academy, each
 * built so that one figure of the report depends on it. URNs from 900001, names that say "Fictional".
 */
final class CorrespondenceFixtures {

    static final int INADEQUATE_PRIMARY = 900001;
    static final int GOOD_PRIMARY = 900002;
    static final int GOOD_SECONDARY = 900003;
    static final int INADEQUATE_ACADEMY = 900004;
    static final String SOURCE = "constructed-performance-fixture.csv";

    private CorrespondenceFixtures() {
    }

    static void load(JdbcClient jdbc) {
        DatabaseCleaner.clean(jdbc);
        long batch = ImportBatchFixture.batch("constructed-ofsted.csv").insert(jdbc);
        SchoolFixture.localAuthority(jdbc, 330, "Birmingham");
        // Inadequate in October 2026, and below the primary standard on attainment and reading progress.
        SchoolFixture.maintainedPrimary(INADEQUATE_PRIMARY, "Fictional Alder Primary School").pupils(420)
                .insert(jdbc);
        InspectionFixture.singleGrade(INADEQUATE_PRIMARY, LocalDate.of(2021, 5, 4), 2).insert(jdbc, batch);
        InspectionFixture.singleGrade(INADEQUATE_PRIMARY, LocalDate.of(2026, 10, 6), 4).category("SM")
                .insert(jdbc, batch);
        // Good in 2023: not a concern, and its attainment is above the standard.
        SchoolFixture.maintainedPrimary(GOOD_PRIMARY, "Fictional Birch Primary School").pupils(300).insert(jdbc);
        InspectionFixture.singleGrade(GOOD_PRIMARY, LocalDate.of(2023, 3, 1), 2).insert(jdbc, batch);
        // Good in October 2026 but below the secondary standard on Progress 8.
        SchoolFixture.maintainedPrimary(GOOD_SECONDARY, "Fictional Cedar High School").phase("Secondary")
                .ages(11, 16).pupils(900).insert(jdbc);
        InspectionFixture.singleGrade(GOOD_SECONDARY, LocalDate.of(2026, 10, 13), 2).insert(jdbc, batch);
        // An academy judged Inadequate: notified to the regional director, never on the council's list.
        SchoolFixture.academySecondary(INADEQUATE_ACADEMY, "Fictional Damson Academy", "Fictional Learning Trust")
                .pupils(1000).insert(jdbc);
        InspectionFixture.singleGrade(INADEQUATE_ACADEMY, LocalDate.of(2025, 1, 15), 4).insert(jdbc, batch);

        // Ofsted's files name the URN at inspection; the inspection fixture leaves it out, the inspection reader needs it.
        jdbc.sql("update inspection set urn_at_inspection = urn where urn_at_inspection is null").update();

        long figures = ImportBatchFixture.batch(SOURCE).kind("KS2").insert(jdbc);
        FigureFixture.measure(jdbc, "ks2.rwm_expected", "Reading, writing and maths: % at the expected standard",
                "PERCENT", "Key stage 2");
        FigureFixture.measure(jdbc, "ks2.reading_progress", "Reading progress score", "SCORE", "Key stage 2");
        FigureFixture.measure(jdbc, "ks4.progress8", "Progress 8 score", "SCORE", "Key stage 4");
        FigureFixture.forSchool(INADEQUATE_PRIMARY, "ks2.rwm_expected").value("48", "48%").year("2024-25", "FINAL")
                .insert(jdbc, figures);
        FigureFixture.forSchool(INADEQUATE_PRIMARY, "ks2.reading_progress").value("-6.1", "-6.1")
                .year("2024-25", "FINAL").insert(jdbc, figures);
        FigureFixture.forSchool(GOOD_PRIMARY, "ks2.rwm_expected").value("72", "72%").year("2024-25", "FINAL")
                .insert(jdbc, figures);
        FigureFixture.forSchool(GOOD_SECONDARY, "ks4.progress8").value("-0.81", "-0.81").year("2024-25", "FINAL")
                .insert(jdbc, figures);
    }
}
