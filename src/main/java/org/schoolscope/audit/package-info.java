/** The append-only audit log: every change and every read of sensitive records, fed by events. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.schoolscope.audit;
