/** The governance register in PostgreSQL, append-only; people joined only by officers' confirmed matches. */
package org.schoolscope.governance.persistence;
