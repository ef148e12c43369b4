/**
 * Casework as values and pure rules: a case's file derived from its append-only events, working days and the
 * acknowledgement and response clocks, and the report of cases received, open and closed with response times.
 */
package org.schoolscope.casework.domain;
