/** The returns pages, the chase letters as PDF and the chase list as XLSX, and who may use each route. */
package org.schoolscope.returns.web;
