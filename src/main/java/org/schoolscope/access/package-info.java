/** Users, roles, per-school allocations and sign-in: who may see and do what. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web"})
package org.schoolscope.access;
