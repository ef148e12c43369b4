package org.schoolscope.ingest;

import java.util.List;

/** What every declarative layout says about itself: its name, its title and the header columns that identify it. */
public interface PublishedLayout {

    String kind();

    String title();

    List<String> signature();
}
