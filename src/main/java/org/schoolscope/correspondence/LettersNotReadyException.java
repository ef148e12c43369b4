package org.schoolscope.correspondence;

/** Letters asked for before the decision they report has been taken; the message says what must happen first. */
public class LettersNotReadyException extends RuntimeException {

    public LettersNotReadyException(String message) {
        super(message);
    }
}
