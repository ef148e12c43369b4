/**
 * Risk assessment: the council's rulebook, the rule engine that places every school in a category with its reasons,
 * and assessment runs. The engine lives in {@code domain}, free of frameworks; {@code rulebook} reads the YAML
 * document a council edits; {@code persistence} reads fact sheets from the database in batches and stores rulebook
 * versions and runs, append-only; {@code api} serves a school's latest category with its reasons. Other modules use
 * {@link org.schoolscope.assessment.AssessmentRuns} and {@link org.schoolscope.assessment.Rulebooks}. What-if,
 * overrides and soft intelligence are still to come.
 */
package org.schoolscope.assessment;
