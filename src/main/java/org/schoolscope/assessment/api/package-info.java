/** The assessment JSON API: a school's latest category with its reasons, and starting a run. */
package org.schoolscope.assessment.api;
