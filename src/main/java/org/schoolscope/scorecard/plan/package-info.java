/**
 * The improvement plan tracker (issue 15, item 5): plans of outcomes (or themes) and their actions, each with a lead,
 * linked indicators of the catalogue and milestones with due dates; progress told only by dated updates, kept for
 * good, the latest of which is the status (and RAG rating) shown. The example plan is seed 001's "We will" actions.
 */
package org.schoolscope.scorecard.plan;
