/** Benchmark groups and the averages DfE does not publish, as pure functions over published values. */
package org.schoolscope.performance.domain;
