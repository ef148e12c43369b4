/** Schools and settings, responsible bodies, trusts, districts and localities; the GIAS and spine imports. */
package org.schoolscope.register;
