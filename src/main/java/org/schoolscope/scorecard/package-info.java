/**
 * The directorate scorecard (issue 15, items 2 to 4): the council's indicator catalogue, versioned and append-only
 * like the rulebook; each indicator's status against its target, explained in words; the scorecard and indicator
 * pages. Published figures are read only through the performance module's {@link
 * org.schoolscope.performance.Figures}; PI 1 and 1a are computed as at each academic year's end from the register's
 * and the inspection module's read APIs ({@link org.schoolscope.scorecard.InspectionOutcomes}); the status rules are pure functions in {@code domain}.
 * Officers enter the values no source holds ({@link org.schoolscope.scorecard.OfficerEntries}) and set a status
 * beside the computed one ({@link org.schoolscope.scorecard.StatusOverrides}), both append-only and audited.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "performance", "register",
        "inspection", "inspection :: domain", "web"})
package org.schoolscope.scorecard;
