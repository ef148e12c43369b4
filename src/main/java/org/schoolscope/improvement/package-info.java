/**
 * The school improvement cycle (issue 4, seed 004's Stages 1 to 5): the year's priority list proposed from an
 * assessment run and formally agreed, priority partners, action plans, partner visits, advisory board
 * recommendations, warning notices decided by the Director of Children's Services, the monthly concern meeting,
 * escalation, Ofsted inspections and removal. Every step is a row on the school's append-only timeline; the case
 * is derived from it by {@code domain.ImprovementCase}, which refuses steps out of order. Other modules use
 * {@link org.schoolscope.improvement.ImprovementCycle} and listen for {@link
 * org.schoolscope.improvement.ImprovementListAgreed}, {@link org.schoolscope.improvement.LetterOfConcernRecommended},
 * {@link org.schoolscope.improvement.WarningNoticeIssued} and {@link
 * org.schoolscope.improvement.SchoolRemovedFromList}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "register", "inspection", "inspection :: domain", "assessment", "access", "web"})
package org.schoolscope.improvement;
