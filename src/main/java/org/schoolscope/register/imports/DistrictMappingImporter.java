package org.schoolscope.register.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.ingest.TabularFile;
import org.schoolscope.ingest.WriteCounts;
import org.schoolscope.register.domain.DistrictAssignment;
import org.schoolscope.register.persistence.DistrictMappings;
import org.schoolscope.shared.LaCode;

/**
 * A council's own mapping file: a CSV with the header {@code LA code,Constituency,District,Locality} and an
 * optional {@code Valid from} column (yyyy-mm-dd or dd/mm/yyyy). Without it, lines take effect on the day of the
 * import. A council changing its districts imports a new file; earlier placements stay in the history.
 */
public final class DistrictMappingImporter extends LayoutImporter<DistrictAssignment> {

    private final DistrictMappings mappings;
    private final Clock clock;

    DistrictMappingImporter(Layout layout, DistrictMappings mappings, Clock clock) {
        super(layout);
        this.mappings = mappings;
        this.clock = clock;
    }

    @Override
    DistrictAssignment read(TabularFile.Row row, LayoutColumns columns) {
        Integer laCode = requiredNumber(row, columns, "laCode", LaCode::new);
        String constituency = columns.requiredText(row, "constituency");
        String district = columns.requiredText(row, "district");
        LocalDate validFrom = columns.date(row, "validFrom");
        if (laCode == null || constituency == null || district == null) {
            return null;
        }
        return new DistrictAssignment(laCode, constituency, district, columns.text(row, "locality"),
                validFrom != null ? validFrom : LocalDate.now(clock));
    }

    @Override
    Object key(DistrictAssignment value) {
        return java.util.List.of(value.laCode(), DistrictAssignment.key(value.constituency()), value.validFrom());
    }

    @Override
    String keyInWords(DistrictAssignment value) {
        return "The constituency " + value.constituency();
    }

    @Override
    String keyField() {
        return "constituency";
    }

    @Override
    WriteCounts store(List<DistrictAssignment> values, ImportBatch batch) {
        return mappings.record(values);
    }

    /** Reads and stores a mapping outside the file pipeline, for the default shipped with the application. */
    WriteCounts load(TabularFile file) {
        return mappings.record(readAll(file));
    }
}
