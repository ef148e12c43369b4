/** The read-only JSON API over the directorate scorecard and its indicators, described at /api/v1/openapi. */
package org.schoolscope.scorecard.api;
