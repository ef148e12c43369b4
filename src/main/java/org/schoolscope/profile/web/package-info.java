/** The home, school list, school profile and import log pages. */
package org.schoolscope.profile.web;
