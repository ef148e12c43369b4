package org.schoolscope.returns.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.schoolscope.returns.domain.Completeness;
import org.schoolscope.web.UkDates;

/** The chase list as an Excel workbook: one sheet, headings in bold and frozen, one row per school to chase. */
final class ChaseListXlsx {

    static final List<String> HEADINGS = List.of("URN", "School", "District", "Where it stands", "Overdue",
            "Last escalation step", "Step taken on", "Step taken by");

    private ChaseListXlsx() {
    }

    static byte[] write(String sheetName, List<Completeness.Row> rows, Map<String, String> words, UkDates dates) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // fastexcel wants an application version of the form "major.minor".
        Workbook workbook = new Workbook(bytes, "Schoolscope", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int column = 0; column < HEADINGS.size(); column++) {
            sheet.value(0, column, HEADINGS.get(column));
        }
        sheet.range(0, 0, 0, HEADINGS.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        int rowNumber = 1;
        for (Completeness.Row row : rows) {
            sheet.value(rowNumber, 0, row.urn().value());
            sheet.value(rowNumber, 1, row.name());
            sheet.value(rowNumber, 2, row.district());
            sheet.value(rowNumber, 3, words.get(row.standing().name()));
            sheet.value(rowNumber, 4, row.overdue() ? "Yes" : "No");
            if (row.lastChase() != null) {
                sheet.value(rowNumber, 5, words.get(row.lastChase().step().name()));
                sheet.value(rowNumber, 6, dates.date(row.lastChase().recordedAt()));
                sheet.value(rowNumber, 7, row.lastChase().recordedBy());
            }
            rowNumber++;
        }
        sheet.width(1, 45);
        sheet.width(3, 30);
        sheet.width(5, 35);
        try {
            workbook.finish();
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return bytes.toByteArray();
    }
}
