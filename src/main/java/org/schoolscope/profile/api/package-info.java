/** The JSON API over the school list and profile, described by springdoc at /api/v1/openapi. */
package org.schoolscope.profile.api;
