/**
 * The three Ofsted eras as values: single-grade inspections to August 2024, key judgements in 2024-25, report cards
 * from November 2025, and ungraded inspections throughout. No Spring, JDBC or file format here. Other modules read
 * these records through {@code Inspections}, so the package is exposed as a named interface of the module.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.schoolscope.inspection.domain;
