package org.schoolscope.scorecard.plan.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.schoolscope.scorecard.plan.PlanViews.Action;
import org.schoolscope.scorecard.plan.PlanViews.Milestone;
import org.schoolscope.scorecard.plan.PlanViews.Outcome;
import org.schoolscope.scorecard.plan.PlanViews.Plan;
import org.schoolscope.scorecard.plan.PlanViews.Update;

/**
 * A plan as an Excel workbook, as the page shows it: one row per action under its outcome, with its lead, indicators,
 * milestones (the overdue ones said so) and its latest update.
 */
final class PlanXlsx {

    static final List<String> HEADINGS = List.of("Outcome", "Action", "What we will do", "Lead", "Indicators",
            "Milestones", "Status", "RAG", "As at", "Commentary", "Evidence");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private PlanXlsx() {
    }

    static byte[] write(Plan plan) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "Schoolscope", "1.0");
        Worksheet sheet = workbook.newWorksheet("Plan " + plan.period());
        for (int column = 0; column < HEADINGS.size(); column++) {
            sheet.value(0, column, HEADINGS.get(column));
        }
        sheet.range(0, 0, 0, HEADINGS.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        int row = 1;
        for (Outcome outcome : plan.outcomes()) {
            int number = 0;
            for (Action action : outcome.actions()) {
                number++;
                sheet.value(row, 0, outcome.position() + ". " + outcome.title());
                sheet.value(row, 1, outcome.position() + "." + number);
                sheet.value(row, 2, action.text());
                sheet.value(row, 3, action.lead() == null ? "Not named" : action.lead());
                List<String> codes = (action.indicators().isEmpty() ? outcome.indicators() : action.indicators())
                        .stream().map(link -> link.code()).toList();
                sheet.value(row, 4, String.join(", ", codes));
                sheet.value(row, 5, action.milestones().stream().map(PlanXlsx::milestone)
                        .collect(Collectors.joining("\n")));
                Update latest = action.latest();
                if (latest == null) {
                    sheet.value(row, 6, "No update yet");
                } else {
                    sheet.value(row, 6, latest.status().words());
                    sheet.value(row, 7, latest.status().rag() == null ? "" : latest.status().rag());
                    sheet.value(row, 8, DATE.format(latest.asOf()));
                    sheet.value(row, 9, latest.commentary());
                    sheet.value(row, 10, latest.evidence() == null ? "" : latest.evidence());
                }
                row++;
            }
        }
        sheet.width(0, 40);
        sheet.width(2, 60);
        sheet.width(5, 40);
        sheet.width(9, 50);
        try {
            workbook.finish();
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return bytes.toByteArray();
    }

    private static String milestone(Milestone milestone) {
        String due = milestone.dueOn() == null ? "" : ", due " + DATE.format(milestone.dueOn());
        return milestone.text() + due + (milestone.overdue() ? " (overdue)" : "")
                + (milestone.latest() == null ? "" : " - " + milestone.latest().status().words());
    }
}
