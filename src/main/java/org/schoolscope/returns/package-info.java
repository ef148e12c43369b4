/**
 * The council's returns (issue 16, items 1 and 2; seed 000 sections 5.1 to 5.3): returns the council defines, with
 * the section 175 safeguarding audit, the governing body self-evaluation, the termly relationship survey and the
 * data-exchange log ready-made; schools' drafts and submissions kept as versions; completeness by school and district,
 * the chase list and escalation; the 5% validation samples drawn reproducibly from a recorded seed, validation visits
 * and full audits tracked to closure. Runs read its facts ({@code returns.section_175_overdue},
 * {@code returns.overdue_returns}, {@code returns.failed_validation}) through {@link
 * org.schoolscope.returns.ReturnsFacts}. Other modules use {@link org.schoolscope.returns.Returns} and {@link
 * org.schoolscope.returns.ValidationSamples}; {@code domain} holds the values and pure rules, {@code persistence} the
 * append-only tables, {@code web} the pages, the chase letters (PDF) and the chase list (XLSX).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "register", "assessment", "correspondence", "correspondence :: pdf", "access", "web"})
package org.schoolscope.returns;
