package org.schoolscope.returns;

import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.returns.domain.Completeness;
import org.schoolscope.returns.domain.Definition;

/** A return asked of one school, for a headteacher's list of their school's returns. */
public record SchoolReturnSummary(Definition definition, RegisteredSchool school, Completeness.Standing standing,
        boolean overdue) {
}
