/**
 * The governance register (issue 16, item 3; seed 000 section 5.2): each school's governing body, governors as people
 * across schools, the chair, vice-chair and clerk, vacancies and how long each stayed open, the website check, and
 * governors' interests and training. People are joined across schools only when an officer confirms a suggested,
 * explained match; anyone governing more than two schools is flagged with the schools named. Governors are entered on
 * a page or imported from a spreadsheet (CSV or XLSX), a malformed file refused whole. Every read of governors'
 * personal details is in the audit log. Runs read {@code governance.vacancy_share}, {@code
 * governance.governor_over_two_schools} and {@code governance.list_not_published} through {@link
 * org.schoolscope.governance.GovernanceFacts}. Other modules use {@link org.schoolscope.governance.Governance}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "ingest", "register", "assessment", "access", "web"})
package org.schoolscope.governance;
