package org.schoolscope.inspection.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.ingest.RowReader;
import org.schoolscope.ingest.TabularFile;
import org.schoolscope.inspection.domain.CategoryOfConcern;
import org.schoolscope.inspection.domain.Safeguarding;
import org.schoolscope.shared.Urn;

/**
 * Reads the coded cells of an inspection file with the layout's codes, reporting each unexpected value at its line
 * and column. A blank cell or a "no judgement" code gives null: nothing is stored for a judgement not made.
 */
final class InspectionCells {

    private final RowReader reader;
    private final InspectionLayout.Codes codes;
    private int problems;

    InspectionCells(RowReader reader, InspectionLayout.Codes codes) {
        this.reader = reader;
        this.codes = codes;
    }

    RowReader reader() {
        return reader;
    }

    /** How many values these cells have refused so far, so a row's later checks need not repeat a known fault. */
    int problemCount() {
        return problems;
    }

    void problem(TabularFile.Row row, int column, String code, String message) {
        problems++;
        reader.problem(row, column, code, message);
    }

    /** A grade on whichever scale {@code scale} holds; "no judgement" and blank give null. */
    <G> G grade(TabularFile.Row row, int column, Map<String, G> scale) {
        String value = reader.text(row, column);
        if (value == null || isNoJudgement(value)) {
            return null;
        }
        Optional<G> grade = lookUp(scale, value);
        if (grade.isEmpty()) {
            problem(row, column, "NOT_A_GRADE", "'" + value + "' is not a grade: expected one of "
                    + scale.keySet().stream().sorted().toList()
                    + (codes.noJudgement().isEmpty() ? "" : ", or " + codes.noJudgement() + " for no judgement"));
        }
        return grade.orElse(null);
    }

    Safeguarding safeguarding(TabularFile.Row row, int column) {
        String value = reader.text(row, column);
        if (value == null || isNoJudgement(value)) {
            return null;
        }
        Optional<Safeguarding> safeguarding = lookUp(codes.safeguarding(), value);
        if (safeguarding.isEmpty()) {
            problem(row, column, "NOT_A_SAFEGUARDING_JUDGEMENT", "'" + value
                    + "' is not a safeguarding judgement: expected one of " + codes.safeguarding().keySet()
                    + (codes.noJudgement().isEmpty() ? "" : " or " + codes.noJudgement() + " for no judgement"));
        }
        return safeguarding.orElse(null);
    }

    CategoryOfConcern categoryOfConcern(TabularFile.Row row, int column) {
        String value = reader.text(row, column);
        if (value == null) {
            return null;
        }
        try {
            return CategoryOfConcern.ofCode(value);
        } catch (IllegalArgumentException e) {
            problem(row, column, "NOT_A_CATEGORY_OF_CONCERN", e.getMessage());
            return null;
        }
    }

    Boolean yesNo(TabularFile.Row row, int column) {
        String value = reader.text(row, column);
        if (value == null) {
            return null;
        }
        if (contains(codes.yes(), value)) {
            return true;
        }
        if (contains(codes.no(), value)) {
            return false;
        }
        problem(row, column, "NOT_YES_OR_NO", "'" + value + "' is not one of " + codes.yes() + " or "
                + codes.no());
        return null;
    }

    Urn urn(TabularFile.Row row, int column) {
        String value = reader.text(row, column);
        if (value == null) {
            return null;
        }
        try {
            return Urn.parse(value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
        } catch (IllegalArgumentException e) {
            problem(row, column, "NOT_A_URN", e.getMessage());
            return null;
        }
    }

    private boolean isNoJudgement(String value) {
        return contains(codes.noJudgement(), value);
    }

    private static boolean contains(List<String> codes, String value) {
        return codes.stream().anyMatch(code -> code.equalsIgnoreCase(value));
    }

    private static <G> Optional<G> lookUp(Map<String, G> scale, String value) {
        String wanted = value.toLowerCase(Locale.ROOT);
        return scale.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(wanted))
                .map(Map.Entry::getValue).findFirst();
    }
}
