package org.schoolscope.inspection.importing;

import java.util.List;
import java.util.Map;
import org.schoolscope.inspection.domain.Framework;
import org.schoolscope.inspection.domain.OverallEffectiveness;
import org.schoolscope.inspection.domain.ReportCardGrade;
import org.schoolscope.inspection.domain.Safeguarding;

/**
 * A published inspection file's layout, read from a YAML file: which column holds what. Column names are as
 * published; a null column means the layout does not carry that field.
 *
 * @param source where the layout was read from, for messages
 */
public record InspectionLayout(String source, String kind, String title, List<String> signature,
        SchoolColumns school, RegisterList registerList, Codes codes, List<Section> sections)
        implements org.schoolscope.ingest.PublishedLayout {

    public InspectionLayout {
        signature = List.copyOf(signature);
        sections = List.copyOf(sections);
    }

    /** The register facts a file carries about each school. */
    public record SchoolColumns(String urn, String laestab, String name, String laName, String establishmentType,
            String phase, String constituency, String trustName, String numberOfPupils, String statutoryLowAge,
            String statutoryHighAge, String openDate) {
    }

    /**
     * For a layout whose files list every school of their kind as at their date (Ofsted's state-funded schools
     * files), how the register names the list and what a school missing from it says; null for a layout that lists
     * only the schools it has inspections for.
     */
    public record RegisterList(String title, org.schoolscope.register.ListScope scope) {
    }

    /** How the file writes grades, "no judgement", safeguarding and yes/no. */
    public record Codes(Map<String, OverallEffectiveness> grades, Map<String, ReportCardGrade> reportCardGrades,
            List<String> noJudgement, Map<String, Safeguarding> safeguarding, List<String> yes, List<String> no) {

        public Codes {
            grades = Map.copyOf(grades);
            reportCardGrades = Map.copyOf(reportCardGrades);
            noJudgement = List.copyOf(noJudgement);
            safeguarding = Map.copyOf(safeguarding);
            yes = List.copyOf(yes);
            no = List.copyOf(no);
        }
    }

    /**
     * One inspection per row: the columns of, say, "the previous graded inspection". The row has this inspection
     * when its number (or, where no number is published, its date) is filled in.
     *
     * @param judgements column by area name ({@code KeyJudgementArea} or {@code EvaluationArea}, by framework)
     */
    public record Section(String name, Framework framework, String number, String type, String startDate,
            String endDate, String publicationDate, String urnAtInspection, String schoolNameAtInspection,
            String overallEffectiveness, String categoryOfConcern, String safeguarding,
            Map<String, String> judgements, String outcome, String convertedToGraded) {

        public Section {
            judgements = Map.copyOf(judgements);
        }

        /** The column whose value says the row has this inspection. */
        public String presenceColumn() {
            return number != null ? number : startDate != null ? startDate : endDate;
        }
    }
}
