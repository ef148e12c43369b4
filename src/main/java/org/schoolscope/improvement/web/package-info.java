/** The improvement pages: the dashboard, Stage 1's list, partners, board meetings, and each school's page and steps. */
package org.schoolscope.improvement.web;
