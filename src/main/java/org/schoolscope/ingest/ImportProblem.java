package org.schoolscope.ingest;

/**
 * One reason a file was refused, naming where it is. Line numbers count the header as line 1, as a
 * spreadsheet or text editor shows them; {@code line} is 0 for problems with the file as a whole.
 */
public record ImportProblem(String file, long line, String column, String code, String message) {

    public static ImportProblem ofFile(String file, String code, String message) {
        return new ImportProblem(file, 0, null, code, message);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(", line ").append(line);
        }
        if (column != null) {
            text.append(", column '").append(column).append('\'');
        }
        return text.append(": ").append(message).append(" [").append(code).append(']').toString();
    }
}
