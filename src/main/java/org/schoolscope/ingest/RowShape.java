package org.schoolscope.ingest;

/**
 * How the rows of a layout may differ in length from its header. Every layout is {@link #EXACT} unless its
 * declaration says otherwise, because a row with a field too many (a decimal comma, 49,9) or too few (a row cut
 * short) would put values under the wrong columns.
 */
public enum RowShape {

    /** Every row has exactly as many fields as the header. */
    EXACT,

    /**
     * A row may stop after its last filled field, the fields not written being blank, as DfE's local-authority
     * performance-table downloads do. A longer row is still refused.
     */
    MAY_END_EARLY,

    /**
     * The last column may run over several fields, which are joined with ", " as one value, as GIAS's establishment
     * search download writes "Linked establishments". A shorter row is still refused.
     */
    LAST_COLUMN_MAY_SPILL
}
