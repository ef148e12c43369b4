/**
 * The rule engine as pure functions over values: a rulebook's conditions are parsed into a sealed syntax tree,
 * checked against the known facts, compiled once into evaluators over columns of figures, and every decision
 * carries its evidence and a plain-English explanation as data.
 */
package org.schoolscope.assessment.domain;
