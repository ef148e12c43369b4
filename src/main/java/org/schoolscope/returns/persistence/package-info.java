/** Returns, samples, visits and full audits in PostgreSQL, append-only; the one place returns are scoped to a viewer. */
package org.schoolscope.returns.persistence;
