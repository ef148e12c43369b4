package org.schoolscope.ingest;

import java.util.List;

/**
 * One published layout that a module knows how to take in. Implementations are Spring beans; the pipeline asks
 * each whether it recognises a file's header and uses the most specific one that does.
 */
public interface FileImporter {

    /** A short stable name for the layout, e.g. {@code ks4-final}; stored with each import. */
    String kind();

    /** The layout in words, for messages and the import log. */
    String title();

    /** The published column names whose presence identifies this layout. */
    List<String> signature();

    /** Parses and validates every row, without touching the database. Throws {@link ImportRejectedException}. */
    PreparedImport prepare(TabularFile file, ImportProgress progress);
}
