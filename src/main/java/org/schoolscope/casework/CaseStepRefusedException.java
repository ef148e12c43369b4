package org.schoolscope.casework;

/** A step that cannot be recorded on the case now; the message key says why in plain English. */
public class CaseStepRefusedException extends RuntimeException {

    private final String messageKey;

    public CaseStepRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
