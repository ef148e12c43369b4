package org.schoolscope.attendance.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Workbooks for downloads: a title, a note where the data is synthetic, then tables with bold, frozen headings. */
final class Sheets {

    private Sheets() {
    }

    static byte[] workbook(Consumer<Workbook> content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // fastexcel wants an application version of the form "major.minor".
        Workbook workbook = new Workbook(bytes, "Schoolscope", "1.0");
        content.accept(workbook);
        try {
            workbook.finish();
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return bytes.toByteArray();
    }

    /** Writes the title lines, then the headings, and returns the next free row. */
    static int heading(Worksheet sheet, List<String> title, List<String> headings) {
        int row = 0;
        for (String line : title) {
            sheet.value(row, 0, line);
            if (row == 0) {
                sheet.style(row, 0).bold().set();
            }
            row++;
        }
        row++;
        for (int column = 0; column < headings.size(); column++) {
            sheet.value(row, column, headings.get(column));
        }
        sheet.range(row, 0, row, headings.size() - 1).style().bold().set();
        sheet.freezePane(0, row + 1);
        return row + 1;
    }

    static void cells(Worksheet sheet, int row, List<?> values) {
        for (int column = 0; column < values.size(); column++) {
            Object value = values.get(column);
            if (value instanceof Number number) {
                sheet.value(row, column, number);
            } else if (value != null && !value.toString().isEmpty()) {
                sheet.value(row, column, value.toString());
            }
        }
    }
}
