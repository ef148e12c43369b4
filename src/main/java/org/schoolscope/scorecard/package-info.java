/**
 * The directorate scorecard (issue 15, items 2 to 4): the council's indicator catalogue, versioned and append-only
 * like the rulebook; each indicator's status against its target, explained in words; the scorecard and indicator
 * pages. Published figures are read only through the performance module's {@link
 * org.schoolscope.performance.Figures}; the status rules are pure functions in {@code domain}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "performance", "web"})
package org.schoolscope.scorecard;
