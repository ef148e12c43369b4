/**
 * GOV.UK pages for assessments: the proposed priority list with its CSV export, starting a run, overriding a
 * school's category with a written reason, a school's explanation, its soft intelligence and its self-report. Server-rendered, working without JavaScript.
 */
package org.schoolscope.assessment.web;
