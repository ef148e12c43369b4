package org.schoolscope.profile.web;

/** A filter value that could not be used; {@code field} is the id of the control the error summary links to. */
public record FilterProblem(String field, String messageKey) {
}
