/**
 * The governance register as values and pure rules: governor categories, people's names as keys for matching,
 * the explanation of a suggested match, governing bodies, vacancies and the two-school limit.
 */
package org.schoolscope.governance.domain;
