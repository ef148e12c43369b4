package org.schoolscope.returns.domain;

/** The kinds of answer a question takes; a scale is a whole number between its ends, e.g. 1 to 5. */
public enum AnswerType {
    YES_NO, TEXT, NUMBER, DATE, SCALE, CHOICE
}
