/** The values the school list and profile are made of; read from the database, never written back. */
package org.schoolscope.profile.read;
