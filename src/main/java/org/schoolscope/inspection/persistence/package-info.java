/** The inspection history in PostgreSQL: written once per inspection, read back into the records of each era. */
package org.schoolscope.inspection.persistence;
