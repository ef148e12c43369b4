package org.schoolscope.ingest;

import java.util.List;

/** What every declarative layout says about itself: its name, its title and the header columns that identify it. */
public interface PublishedLayout {

    String kind();

    String title();

    List<String> signature();

    /** How the layout's rows may differ in length from its header: exact unless the layout declares otherwise. */
    default RowShape rowShape() {
        return RowShape.EXACT;
    }
}
