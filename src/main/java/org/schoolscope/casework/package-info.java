/**
 * Complaints and whistleblowing casework (issue 16, item 4; seed 000 section 5.3): one place to log a concern with the
 * schools it is about and who raised it, whose identity only case workers see (decided in the query, every other role
 * reads "Protected"); triage, assignment to the task force, acknowledgement and response clocks in working days,
 * actions, the response, closure with its outcome, and referral to soft intelligence or to children's safeguarding;
 * reports of cases received, open and closed with response times, by category and district. Every read is audited.
 * Runs read {@code casework.open_leadership_case}, {@code casework.open_safeguarding_case} and {@code
 * casework.open_governance_case} through {@link org.schoolscope.casework.CaseworkFacts}, never who raised a case.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "register", "assessment", "database", "access", "web"})
package org.schoolscope.casework;
