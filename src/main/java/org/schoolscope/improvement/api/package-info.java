/** The improvement timeline as JSON for scripts and BI tools. */
package org.schoolscope.improvement.api;
