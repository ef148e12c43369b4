/**
 * The school list and school profile: a read model over the register, inspections and figures that other modules
 * write, shown as pages and as a JSON API, and the home page with what waits for its viewer in the improvement
 * cycle. It only reads.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "ingest", "register", "inspection", "inspection :: domain", "performance", "improvement", "access", "web"})
package org.schoolscope.profile;
