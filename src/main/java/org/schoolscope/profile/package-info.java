/**
 * The school list and school profile: a read model over the register, inspections and figures that other modules
 * write, shown as pages and as a JSON API. It only reads.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "ingest", "register", "inspection", "inspection :: domain", "performance", "access", "web"})
package org.schoolscope.profile;
