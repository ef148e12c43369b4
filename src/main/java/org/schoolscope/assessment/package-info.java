/**
 * Risk assessment: the council's rulebook, the rule engine that places every school in a category with its reasons,
 * and assessment runs. The engine lives in {@code domain}, free of frameworks; {@code rulebook} reads the YAML
 * document a council edits; {@code persistence} reads fact sheets from the database in batches and stores rulebook
 * versions and runs, append-only; {@code api} serves a school's latest category with its reasons. Other modules use
 * {@link org.schoolscope.assessment.AssessmentRuns}, {@link org.schoolscope.assessment.Rulebooks} and
 * {@link org.schoolscope.assessment.PriorityLists}, the proposed priority list with officers' overrides kept beside
 * the computed categories; {@code web} shows the list as a page, CSV and XLSX. {@link
 * org.schoolscope.assessment.SoftIntelligence} keeps officers' dated notes and schools' self-reports, append-only and
 * audited, which runs read as the facts {@code soft.leadership_crisis} and {@code self_reported_vulnerable};
 * {@link org.schoolscope.assessment.SchoolExplanations} says why a school is, or is not, a concern. What-if is still
 * to come.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "ingest", "register", "inspection", "inspection :: domain", "performance", "access", "web"})
package org.schoolscope.assessment;
