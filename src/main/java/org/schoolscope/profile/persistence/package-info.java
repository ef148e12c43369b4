/** SQL over the tables the register, inspection and performance modules fill; read-only. */
package org.schoolscope.profile.persistence;
