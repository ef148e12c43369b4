package org.schoolscope.assessment.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.schoolscope.assessment.PriorityList;

/** The priority list as an Excel workbook: one sheet, headings in bold and frozen, reasons wrapped in their cells. */
final class PriorityListXlsx {

    private final PriorityListRows rows;

    PriorityListXlsx(PriorityListRows rows) {
        this.rows = rows;
    }

    byte[] write(PriorityList list) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // fastexcel wants an application version of the form "major.minor".
        Workbook workbook = new Workbook(bytes, "Schoolscope", "1.0");
        Worksheet sheet = workbook.newWorksheet("Priority list");
        List<String> headings = PriorityListRows.HEADINGS;
        for (int column = 0; column < headings.size(); column++) {
            sheet.value(0, column, headings.get(column));
        }
        sheet.range(0, 0, 0, headings.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        int reasons = headings.indexOf("Reasons");
        int rowNumber = 1;
        for (List<Object> row : rows.rows(list)) {
            for (int column = 0; column < row.size(); column++) {
                Object cell = row.get(column);
                if (cell instanceof Number) {
                    sheet.value(rowNumber, column, (Number) cell);
                } else if (cell != null) {
                    sheet.value(rowNumber, column, cell.toString());
                }
            }
            sheet.style(rowNumber, reasons).wrapText(true).set();
            rowNumber++;
        }
        sheet.width(2, 40);
        sheet.width(reasons, 80);
        try {
            workbook.finish();
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return bytes.toByteArray();
    }
}
