/**
 * Ofsted inspections in all three eras and the import of Ofsted's and DfE's inspection files. Other modules use
 * {@link org.schoolscope.inspection.Inspections} and listen for {@link org.schoolscope.inspection.InspectionRecorded}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "ingest", "register"})
package org.schoolscope.inspection;
