package org.schoolscope.improvement.domain;

/** A step taken out of order, or without what the cycle requires; the message says why in plain English. */
public class StepRefusedException extends RuntimeException {

    public StepRefusedException(String message) {
        super(message);
    }
}
