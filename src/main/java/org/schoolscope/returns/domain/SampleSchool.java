package org.schoolscope.returns.domain;

import org.schoolscope.shared.Urn;

/** A school of a sample's population with why it was or was not taken, and its draw number if it was in the draw. */
public record SampleSchool(Urn urn, SampleDraw.Status status, String drawNumber) {
}
