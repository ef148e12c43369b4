package org.schoolscope.register.imports;

import java.util.List;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.ingest.TabularFile;
import org.schoolscope.ingest.WriteCounts;
import org.schoolscope.register.domain.SchoolLink;
import org.schoolscope.register.persistence.SchoolLinks;
import org.schoolscope.shared.Urn;

/** GIAS's establishment links download (links_edubasealldata), which follows URN changes. */
final class LinkImporter extends LayoutImporter<SchoolLink> {

    private final SchoolLinks links;

    LinkImporter(Layout layout, SchoolLinks links) {
        super(layout);
        this.links = links;
    }

    @Override
    SchoolLink read(TabularFile.Row row, LayoutColumns columns) {
        Integer urn = requiredNumber(row, columns, "urn", Urn::new);
        Integer linked = requiredNumber(row, columns, "linkedUrn", Urn::new);
        String type = columns.requiredText(row, "linkType");
        var established = columns.date(row, "establishedOn");
        if (urn == null || linked == null || type == null) {
            return null;
        }
        return new SchoolLink(urn, linked, columns.text(row, "linkedName"), type, established);
    }

    @Override
    Object key(SchoolLink value) {
        return java.util.List.of(value.urn(), value.linkedUrn(), value.linkType());
    }

    @Override
    String keyInWords(SchoolLink value) {
        return "The link of URN " + value.urn() + " to " + value.linkedUrn() + " (" + value.linkType() + ")";
    }

    @Override
    String keyField() {
        return "urn";
    }

    @Override
    WriteCounts store(List<SchoolLink> values, ImportBatch batch) {
        return links.record(values, batch);
    }
}
