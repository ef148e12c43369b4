package org.schoolscope.assessment.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.schoolscope.assessment.PriorityList;

/**
 * The priority list as CSV (RFC 4180): every field quoted, quotes doubled, CRLF line ends, UTF-8 with a byte order
 * mark, because Excel reads a CSV without one in the machine's legacy code page and garbles school names.
 */
final class PriorityListCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final PriorityListRows rows;

    PriorityListCsv(PriorityListRows rows) {
        this.rows = rows;
    }

    byte[] write(PriorityList list) {
        StringBuilder csv = new StringBuilder();
        line(csv, new ArrayList<>(PriorityListRows.HEADINGS));
        for (List<Object> row : rows.rows(list)) {
            line(csv, row);
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);
        return withBom;
    }

    /**
     * A spreadsheet runs a cell that starts with =, +, - or @ as a formula; an officer's reason or a school name must
     * never do that, so such a cell starts with an apostrophe, which Excel shows as text.
     */
    private static String defused(String field) {
        return !field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
    }

    private static void line(StringBuilder csv, List<Object> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append('"').append(defused(fields.get(i) == null ? "" : fields.get(i).toString()).replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }
}
