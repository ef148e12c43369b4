/** The casework pages and who may use each route. */
package org.schoolscope.casework.web;
