/** The timeline and board meetings in PostgreSQL, append-only. */
package org.schoolscope.improvement.persistence;
