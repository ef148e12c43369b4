/**
 * Attendance: the pupil-level registers schools send, the council's absence figures as at any day, the pupils and
 * schools at risk, and the targeting meetings that follow.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "ingest", "correspondence :: pdf", "access", "web"})
package org.schoolscope.attendance;
