package org.schoolscope.web;

/**
 * Thrown when a page or API asks for a record that is not there. Modules extend it so that a missing record becomes
 * a proper "not found" answer (a page or a problem detail), never a server error.
 */
public abstract class RecordNotFoundException extends RuntimeException {

    protected RecordNotFoundException(String message) {
        super(message);
    }
}
