package org.schoolscope.scorecard.catalogue;

/** Why a catalogue was refused: the line of the document (from 1; 0 for the whole document) and what is wrong. */
public record CatalogueProblem(int line, String message) {

    public String describe() {
        return line > 0 ? "Line " + line + ": " + message : message;
    }
}
