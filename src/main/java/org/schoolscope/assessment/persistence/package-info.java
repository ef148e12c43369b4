/**
 * Where assessment meets PostgreSQL: fact sheets read in batches from the register, inspections and figures, and the
 * append-only store of rulebook versions and assessment runs.
 */
package org.schoolscope.assessment.persistence;
