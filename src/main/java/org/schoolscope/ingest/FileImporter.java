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

    /**
     * Whether files of this layout say which schools exist (register files, and inspection files, which name the
     * schools they describe). They are imported before the other files of a folder, whose rows must name schools
     * the register holds.
     */
    default boolean isRegisterSource() {
        return false;
    }

    /** How the layout's rows may differ in length from its header; exact unless the layout declares otherwise. */
    default RowShape rowShape() {
        return RowShape.EXACT;
    }

    /**
     * Reads the file's rows as they stream past, checks each, and writes what they say inside the import's
     * transaction. Every problem goes to {@link ImportContext#problems()}; if there is any when this returns, the
     * pipeline refuses the file and the transaction undoes every write, so an importer may write as it reads but
     * should stop writing once a problem is known.
     */
    ImportResult importRows(TabularFile file, ImportContext context);
}
