package org.schoolscope.correspondence.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.schoolscope.correspondence.MonthlyReport;

/** The monthly report as a workbook: a summary sheet and one sheet per table, headings bold and frozen. */
final class MonthlyReportXlsx {

    byte[] write(MonthlyReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "Schoolscope", "1.0");
        MonthlyReport.GoodOrBetter good = report.goodOrBetter();
        Worksheet summary = workbook.newWorksheet("Summary");
        summary.value(0, 0, "Month");
        summary.value(0, 1, report.month().toString());
        Object[][] rows = {
            {"Assessment run at the start of the month", report.previousRun() == null ? null : report.previousRun().id()},
            {"Assessment run at the end of the month", report.currentRun() == null ? null : report.currentRun().id()},
            {"Schools added to the list", report.movedOn().size()},
            {"Schools removed from the list", report.movedOff().size()},
            {"Inspections of maintained schools", report.inspections().size()},
            {"Maintained schools", good.maintainedSchools()},
            {"Maintained schools with a graded inspection", good.withGradedInspection()},
            {"Maintained schools Good or better", good.goodOrBetter()},
            {"Share Good or better (% of those with a graded inspection)", good.share()},
            {"Pupils in maintained schools Good or better", good.pupilsInGoodOrBetter()},
            {"Pupils in maintained schools", good.pupilsInMaintainedSchools()},
            {"Primary schools below the standard", report.primaryBelowStandard().size()},
            {"Pupils in primary schools below the standard", report.primaryBelowStandardPupils()},
            {"Secondary schools below the standard", report.secondaryBelowStandard().size()},
            {"Pupils in secondary schools below the standard", report.secondaryBelowStandardPupils()},
        };
        for (int row = 0; row < rows.length; row++) {
            summary.value(row + 1, 0, (String) rows[row][0]);
            Object value = rows[row][1];
            if (value instanceof Number) {
                summary.value(row + 1, 1, (Number) value);
            }
        }
        summary.range(0, 0, rows.length, 0).style().bold().set();
        summary.width(0, 60);

        Worksheet changes = sheet(workbook, "List changes", List.of("Change", "URN", "School", "Category"));
        int row = 1;
        for (MonthlyReport.ListChange change : report.movedOn()) {
            changes.value(row, 0, "Added");
            changes.value(row, 1, change.urn().value());
            changes.value(row, 2, change.name());
            changes.value(row++, 3, change.category());
        }
        for (MonthlyReport.ListChange change : report.movedOff()) {
            changes.value(row, 0, "Removed");
            changes.value(row, 1, change.urn().value());
            changes.value(row, 2, change.name());
            changes.value(row++, 3, change.category());
        }

        Worksheet inspections = sheet(workbook, "Inspections", List.of("Date", "URN", "School", "Kind", "Outcome"));
        row = 1;
        for (MonthlyReport.InspectionOutcome inspection : report.inspections()) {
            inspections.value(row, 0, inspection.date());
            inspections.style(row, 0).format("yyyy-mm-dd").set();
            inspections.value(row, 1, inspection.urn().value());
            inspections.value(row, 2, inspection.name());
            inspections.value(row, 3, inspection.graded() ? "Graded" : "Ungraded");
            inspections.value(row++, 4, inspection.outcome());
        }

        Worksheet below = sheet(workbook, "Below standard", List.of("Phase", "URN", "School", "Pupils", "Figures"));
        row = 1;
        row = belowRows(below, row, "Primary", report.primaryBelowStandard());
        belowRows(below, row, "Secondary", report.secondaryBelowStandard());
        try {
            workbook.finish();
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return bytes.toByteArray();
    }

    private static int belowRows(Worksheet sheet, int row, String phase, List<MonthlyReport.BelowStandard> schools) {
        for (MonthlyReport.BelowStandard below : schools) {
            sheet.value(row, 0, phase);
            sheet.value(row, 1, below.school().urn().value());
            sheet.value(row, 2, below.school().name());
            if (below.school().pupils() != null) {
                sheet.value(row, 3, below.school().pupils());
            }
            sheet.value(row, 4, String.join("\n", below.evidence()));
            sheet.style(row, 4).wrapText(true).set();
            row++;
        }
        return row;
    }

    private static Worksheet sheet(Workbook workbook, String name, List<String> headings) {
        Worksheet sheet = workbook.newWorksheet(name);
        for (int column = 0; column < headings.size(); column++) {
            sheet.value(0, column, headings.get(column));
        }
        sheet.range(0, 0, 0, headings.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        sheet.width(2, 40);
        return sheet;
    }
}
