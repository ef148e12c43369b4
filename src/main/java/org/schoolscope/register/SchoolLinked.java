package org.schoolscope.register;

import java.time.LocalDate;
import org.schoolscope.shared.Urn;

/** A successor or predecessor of a school by GIAS's links: its URN, name as the link gives it, and the link's date. */
public record SchoolLinked(Urn urn, String name, String linkType, LocalDate on) {
}
