/** Users, roles, per-school allocations and sign-in: who may see and do what. */
package org.schoolscope.access;
