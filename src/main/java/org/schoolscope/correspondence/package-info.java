/**
 * Letters and reports (issue 4, items 1, 3 and 8), rendered from Thymeleaf templates to pages, PDF and XLSX: the
 * Stage 1 letter to every maintained school saying whether it is a priority and why, the notification about
 * academies to the regional director, letters of concern, and the monthly report to the commissioner. It reads the
 * assessment runs and the register; it stores nothing. {@code pdf} lays HTML out as tagged PDF, {@code persistence}
 * reads the register and inspections, {@code web} serves the pages and downloads.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "register", "inspection", "inspection :: domain", "performance", "assessment", "access", "web"})
package org.schoolscope.correspondence;
