package org.schoolscope.inspection.importing;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.schoolscope.ingest.RowReader;
import org.schoolscope.ingest.TabularFile;
import org.schoolscope.inspection.domain.CategoryOfConcern;
import org.schoolscope.inspection.domain.EvaluationArea;
import org.schoolscope.inspection.domain.Inspection;
import org.schoolscope.inspection.domain.InspectionFacts;
import org.schoolscope.inspection.domain.KeyJudgementArea;
import org.schoolscope.inspection.domain.KeyJudgementsInspection;
import org.schoolscope.inspection.domain.OverallEffectiveness;
import org.schoolscope.inspection.domain.ReportCardGrade;
import org.schoolscope.inspection.domain.ReportCardInspection;
import org.schoolscope.inspection.domain.Safeguarding;
import org.schoolscope.inspection.domain.SingleGradeInspection;
import org.schoolscope.inspection.domain.UngradedInspection;
import org.schoolscope.shared.Urn;

/** Reads one section of a layout (say, "the previous graded inspection") from each row into an {@link Inspection}. */
final class InspectionSectionReader {

    private final InspectionLayout.Section section;
    private final InspectionLayout.Codes codes;
    private final InspectionCells cells;
    private final int presence;
    private final int number;
    private final int type;
    private final int startDate;
    private final int endDate;
    private final int publicationDate;
    private final int urnAtInspection;
    private final int schoolNameAtInspection;
    private final int overallEffectiveness;
    private final int categoryOfConcern;
    private final int safeguarding;
    private final int outcome;
    private final int convertedToGraded;
    private final Map<String, Integer> judgements = new LinkedHashMap<>();

    InspectionSectionReader(InspectionLayout.Section section, InspectionLayout.Codes codes, InspectionCells cells) {
        this.section = section;
        this.codes = codes;
        this.cells = cells;
        RowReader reader = cells.reader();
        this.presence = column(reader, section.presenceColumn());
        this.number = column(reader, section.number());
        this.type = column(reader, section.type());
        this.startDate = column(reader, section.startDate());
        this.endDate = column(reader, section.endDate());
        this.publicationDate = column(reader, section.publicationDate());
        this.urnAtInspection = column(reader, section.urnAtInspection());
        this.schoolNameAtInspection = column(reader, section.schoolNameAtInspection());
        this.overallEffectiveness = column(reader, section.overallEffectiveness());
        this.categoryOfConcern = column(reader, section.categoryOfConcern());
        this.safeguarding = column(reader, section.safeguarding());
        this.outcome = column(reader, section.outcome());
        this.convertedToGraded = column(reader, section.convertedToGraded());
        section.judgements().forEach((area, column) -> judgements.put(area, column(reader, column)));
    }

    /** The row's inspection, or null when the row has none in this section or it has problems (recorded). */
    Inspection read(TabularFile.Row row, Urn urn) {
        RowReader reader = cells.reader();
        if (reader.text(row, presence) == null) {
            return null;
        }
        int problemsBefore = cells.problemCount();
        LocalDate start = reader.date(row, startDate);
        LocalDate end = reader.date(row, endDate);
        LocalDate published = reader.date(row, publicationDate);
        Urn urnThen = cells.urn(row, urnAtInspection);
        if (urn == null) {
            return null;
        }
        try {
            InspectionFacts facts = new InspectionFacts(urn, reader.text(row, number), reader.text(row, type), start,
                    end, published, urnThen, reader.text(row, schoolNameAtInspection));
            return switch (section.framework()) {
                case SINGLE_GRADE -> singleGrade(row, facts);
                case KEY_JUDGEMENTS -> new KeyJudgementsInspection(facts, keyJudgements(row),
                        cells.categoryOfConcern(row, categoryOfConcern), cells.safeguarding(row, safeguarding));
                case REPORT_CARD -> new ReportCardInspection(facts, evaluations(row),
                        cells.safeguarding(row, safeguarding), cells.categoryOfConcern(row, categoryOfConcern));
                case UNGRADED -> new UngradedInspection(facts, reader.text(row, outcome),
                        cells.yesNo(row, convertedToGraded));
            };
        } catch (IllegalArgumentException e) {
            if (cells.problemCount() == problemsBefore) {
                cells.problem(row, presence, "INCONSISTENT_INSPECTION", "The " + section.name()
                        + " cannot be read: " + e.getMessage());
            }
            return null;
        }
    }

    private Inspection singleGrade(TabularFile.Row row, InspectionFacts facts) {
        int problemsBefore = cells.problemCount();
        OverallEffectiveness overall = cells.grade(row, overallEffectiveness, codes.grades());
        if (overall == null && cells.problemCount() == problemsBefore) {
            cells.problem(row, overallEffectiveness, "MISSING_GRADE", "The " + section.name()
                    + " has no overall effectiveness grade");
        }
        Map<KeyJudgementArea, OverallEffectiveness> keyJudgements = keyJudgements(row);
        CategoryOfConcern category = cells.categoryOfConcern(row, categoryOfConcern);
        Safeguarding safeguardingJudgement = cells.safeguarding(row, safeguarding);
        if (overall == null) {
            return null;
        }
        return new SingleGradeInspection(facts, overall, category, keyJudgements, safeguardingJudgement);
    }

    private Map<KeyJudgementArea, OverallEffectiveness> keyJudgements(TabularFile.Row row) {
        Map<KeyJudgementArea, OverallEffectiveness> result = new EnumMap<>(KeyJudgementArea.class);
        judgements.forEach((area, column) -> {
            OverallEffectiveness grade = cells.grade(row, column, codes.grades());
            if (grade != null) {
                result.put(KeyJudgementArea.valueOf(area), grade);
            }
        });
        return result;
    }

    private Map<EvaluationArea, ReportCardGrade> evaluations(TabularFile.Row row) {
        Map<EvaluationArea, ReportCardGrade> result = new EnumMap<>(EvaluationArea.class);
        judgements.forEach((area, column) -> {
            ReportCardGrade grade = cells.grade(row, column, codes.reportCardGrades());
            if (grade != null) {
                result.put(EvaluationArea.valueOf(area), grade);
            }
        });
        return result;
    }

    private static int column(RowReader reader, String name) {
        return name == null ? -1 : reader.require(name);
    }
}
