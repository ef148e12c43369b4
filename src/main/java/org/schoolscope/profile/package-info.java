/**
 * The school list and school profile: a read model over the register, inspections and figures that other modules
 * write, shown as pages and as a JSON API. It only reads.
 */
package org.schoolscope.profile;
