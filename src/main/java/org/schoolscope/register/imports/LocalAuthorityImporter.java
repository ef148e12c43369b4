package org.schoolscope.register.imports;

import java.util.List;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.ingest.TabularFile;
import org.schoolscope.ingest.WriteCounts;
import org.schoolscope.register.persistence.LocalAuthorities;
import org.schoolscope.shared.LaCode;

/** DfE's la_and_region_codes_meta lookup: LA names and the performance-tables region of each. */
final class LocalAuthorityImporter extends LayoutImporter<LocalAuthorityImporter.Entry> {

    record Entry(int laCode, String name, String regionCode, String regionName) {
    }

    private final LocalAuthorities localAuthorities;

    LocalAuthorityImporter(Layout layout, LocalAuthorities localAuthorities) {
        super(layout);
        this.localAuthorities = localAuthorities;
    }

    @Override
    Entry read(TabularFile.Row row, LayoutColumns columns) {
        Integer code = requiredNumber(row, columns, "laCode", LaCode::new);
        String name = columns.requiredText(row, "name");
        if (code == null || name == null) {
            return null;
        }
        return new Entry(code, name, columns.text(row, "regionCode"), columns.text(row, "regionName"));
    }

    @Override
    Object key(Entry value) {
        return value.laCode();
    }

    @Override
    String keyInWords(Entry value) {
        return "LA " + value.laCode();
    }

    @Override
    String keyField() {
        return "laCode";
    }

    @Override
    WriteCounts store(List<Entry> values, ImportBatch batch) {
        return values.stream().map(e -> localAuthorities.record(e.laCode(), e.name(), e.regionCode(), e.regionName()))
                .reduce(WriteCounts.NONE, WriteCounts::plus);
    }
}
