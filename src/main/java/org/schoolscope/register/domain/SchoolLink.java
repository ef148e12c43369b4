package org.schoolscope.register.domain;

import java.time.LocalDate;

/** GIAS's link between two URNs, such as the predecessor of an academy that converted from a maintained school. */
public record SchoolLink(int urn, int linkedUrn, String linkedName, String linkType, LocalDate establishedOn) {
}
