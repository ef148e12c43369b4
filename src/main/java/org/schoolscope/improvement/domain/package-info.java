/**
 * The improvement cycle's rules, free of frameworks: the timeline's steps, the case each school's steps add up to,
 * and the checks that refuse a step out of order.
 */
package org.schoolscope.improvement.domain;
