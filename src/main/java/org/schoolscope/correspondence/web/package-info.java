/** The letters and the monthly report as pages, PDF, zip and XLSX downloads, and who may open each. */
package org.schoolscope.correspondence.web;
