/** Typed values used by every module: no Spring, no persistence. */
package org.schoolscope.shared;
