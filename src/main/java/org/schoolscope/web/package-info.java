/** App-wide web concerns: the page layout and GOV.UK fragments, error pages, not-found handling, the council. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.schoolscope.web;
