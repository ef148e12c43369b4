/** Cases, the identity of who raised them and their timelines in PostgreSQL, append-only. */
package org.schoolscope.casework.persistence;
