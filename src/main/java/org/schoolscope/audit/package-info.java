/** The append-only audit log: every change and every read of sensitive records, fed by events. */
package org.schoolscope.audit;
