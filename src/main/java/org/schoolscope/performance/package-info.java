/**
 * Measures and figures with their source, year and release stage; the DfE performance-table and statistics
 * imports, described declaratively in {@code performance/layouts/*.yml}; national and LA benchmarks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "ingest", "register"})
package org.schoolscope.performance;
