package org.schoolscope.register.imports;

import java.util.List;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.ingest.TabularFile;
import org.schoolscope.ingest.WriteCounts;
import org.schoolscope.register.domain.SchoolGroup;
import org.schoolscope.register.persistence.SchoolGroups;

/** GIAS's groups download (allgroupsdata): trusts, federations, sponsors. */
final class GroupImporter extends LayoutImporter<SchoolGroup> {

    private final SchoolGroups groups;

    GroupImporter(Layout layout, SchoolGroups groups) {
        super(layout);
        this.groups = groups;
    }

    @Override
    SchoolGroup read(TabularFile.Row row, LayoutColumns columns) {
        Integer uid = requiredNumber(row, columns, "groupUid", null);
        String name = columns.requiredText(row, "name");
        String type = columns.requiredText(row, "groupType");
        var opened = columns.date(row, "openedOn");
        var closed = columns.date(row, "closedOn");
        if (uid == null || name == null || type == null) {
            return null;
        }
        return new SchoolGroup(uid, columns.text(row, "groupId"), name, type, columns.text(row, "status"), opened,
                closed, columns.text(row, "companiesHouseNumber"), columns.text(row, "ukprn"));
    }

    @Override
    Object key(SchoolGroup value) {
        return value.groupUid();
    }

    @Override
    String keyInWords(SchoolGroup value) {
        return "Group UID " + value.groupUid();
    }

    @Override
    String keyField() {
        return "groupUid";
    }

    @Override
    WriteCounts store(List<SchoolGroup> values, ImportBatch batch) {
        return groups.record(values, batch);
    }
}
