/** The scorecard and indicator pages, and who may use them. */
package org.schoolscope.scorecard.web;
