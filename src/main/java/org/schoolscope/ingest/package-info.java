/**
 * The shared import pipeline: reads a published file as it was published (CSV in UTF-8 or Windows-1252, with or
 * without a byte-order mark, gzip, or an XLSX workbook), detects its kind from its header, lets the owning module
 * validate every row, and commits the whole file in one transaction keyed by its content hash.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.schoolscope.ingest;
