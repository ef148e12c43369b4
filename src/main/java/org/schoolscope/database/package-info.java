/** The embedded PostgreSQL server used when no database is configured. */
package org.schoolscope.database;
