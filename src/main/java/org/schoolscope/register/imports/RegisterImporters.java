package org.schoolscope.register.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.schoolscope.ingest.FileImporter;
import org.schoolscope.ingest.FileImporterCatalogue;
import org.schoolscope.register.SchoolRegister;
import org.schoolscope.register.persistence.DistrictMappings;
import org.schoolscope.register.persistence.LocalAuthorities;
import org.schoolscope.register.persistence.SchoolGroups;
import org.schoolscope.register.persistence.SchoolLinks;
import org.springframework.stereotype.Component;

/** Every register layout declared in {@code register/layouts.yml}, offered to the import pipeline. */
@Component
class RegisterImporters implements FileImporterCatalogue {

    private final List<FileImporter> importers = new ArrayList<>();
    private final DistrictMappingImporter districtMappings;

    RegisterImporters(RegisterLayouts layouts, SchoolRegister register, SchoolGroups groups, SchoolLinks links,
            LocalAuthorities localAuthorities, DistrictMappings mappings, Clock clock) {
        layouts.schools().forEach(layout -> importers.add(new SchoolFactsImporter(layout, register)));
        importers.add(new GroupImporter(layouts.groups(), groups));
        importers.add(new LinkImporter(layouts.links(), links));
        importers.add(new LocalAuthorityImporter(layouts.localAuthorities(), localAuthorities));
        districtMappings = new DistrictMappingImporter(layouts.districtMappings(), mappings, clock);
        importers.add(districtMappings);
    }

    @Override
    public List<FileImporter> importers() {
        return List.copyOf(importers);
    }

    DistrictMappingImporter districtMappings() {
        return districtMappings;
    }
}
