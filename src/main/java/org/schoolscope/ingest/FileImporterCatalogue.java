package org.schoolscope.ingest;

import java.util.List;

/** A bean that offers several importers at once, such as one per declarative layout file. */
public interface FileImporterCatalogue {

    List<FileImporter> importers();
}
