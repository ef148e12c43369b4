/**
 * GOV.UK pages for assessments: the proposed priority list with its CSV export, starting a run, and overriding a
 * school's category with a written reason. Server-rendered, working without JavaScript.
 */
package org.schoolscope.assessment.web;
