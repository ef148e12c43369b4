package org.schoolscope.register;

import java.time.LocalDate;
import org.schoolscope.shared.Urn;

/**
 * A successor or predecessor of a school by GIAS's links: its URN, name as the link gives it, and the link's date.
 *
 * @param split true when the link is a split: the school split from goes on under its own URN, so it neither closed
 *     into the other nor passes its inspections on
 */
public record SchoolLinked(Urn urn, String name, String linkType, LocalDate on, boolean split) {
}
