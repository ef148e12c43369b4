/** App-wide web concerns: the page layout and GOV.UK fragments, error pages, not-found handling, the council. */
package org.schoolscope.web;
