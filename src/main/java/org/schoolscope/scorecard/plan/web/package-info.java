/** The plan pages, the form for a dated update, and who may use them. */
package org.schoolscope.scorecard.plan.web;
