/**
 * Inspection files in, through declarative layouts: each YAML file under {@code inspection/layouts/} (or in the
 * folder named by {@code schoolscope.inspection.layouts-folder}) names the published columns of one layout, and
 * one generic importer reads any of them into the records of {@code domain}.
 */
package org.schoolscope.inspection.importing;
