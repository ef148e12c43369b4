/** Schools and settings, responsible bodies, trusts, districts and localities; the GIAS and spine imports. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "ingest"})
package org.schoolscope.register;
