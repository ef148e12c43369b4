/** The indicator catalogue's values and the status rules, free of frameworks. */
package org.schoolscope.scorecard.domain;
