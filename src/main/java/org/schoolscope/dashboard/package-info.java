/**
 * The council's picture (issue 14): the dashboard of Ofsted outcomes for the state-funded schools open on a date, by
 * phase, responsible body and district, the schools not inspected for five years or more, the changes at this year's
 * inspections and the schools of concern from the latest assessment run; and the council's headline outcomes beside
 * England, its statistical neighbours and the core cities over the years the files hold, each with a line chart. It
 * owns no table: it asks the register, the inspection, assessment and performance modules through their read APIs,
 * and the access module which schools a viewer may see.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "register", "inspection", "performance",
        "inspection :: domain", "assessment", "access", "web"})
package org.schoolscope.dashboard;
