package org.schoolscope.assessment.web;

/**
 * A problem to show in the error summary and beside its field: {@code field} is the id of the control the summary
 * links to; the message is a key in messages.properties, or, for a refused rulebook, the compiler's own text naming
 * the rule (which is the council's words, not ours to translate).
 */
public record WorkbenchProblem(String field, String messageKey, String text) {

    static WorkbenchProblem of(String field, String messageKey) {
        return new WorkbenchProblem(field, messageKey, null);
    }

    static WorkbenchProblem text(String field, String text) {
        return new WorkbenchProblem(field, null, text);
    }

    public boolean hasText() {
        return text != null;
    }
}
