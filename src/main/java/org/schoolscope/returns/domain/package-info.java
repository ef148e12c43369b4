/**
 * Returns as values and pure rules: definitions and their questions, reading a council's questions as written, checking
 * answers, completeness and chasing, and drawing validation samples reproducibly from a recorded seed.
 */
package org.schoolscope.returns.domain;
