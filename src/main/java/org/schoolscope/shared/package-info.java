/**
 * Typed values used by every module: no Spring, no persistence. It depends on no module; it carries no Spring Modulith
 * annotation saying so, since it is kept free of Spring altogether (ModularityTest).
 */
package org.schoolscope.shared;
