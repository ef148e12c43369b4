/** The governance pages, the spreadsheet import, and who may use each route. */
package org.schoolscope.governance.web;
