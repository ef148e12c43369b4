/**
 * Risk assessment: the council's rulebook, the rule engine that places every school in a category with its reasons,
 * and (later) assessment runs, what-if, overrides and soft intelligence. The engine lives in {@code domain}, free of
 * frameworks; {@code rulebook} reads the YAML document a council edits.
 */
package org.schoolscope.assessment;
