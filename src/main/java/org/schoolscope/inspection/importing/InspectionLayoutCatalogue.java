package org.schoolscope.inspection.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.schoolscope.ingest.FileImporter;
import org.schoolscope.ingest.FileImporterCatalogue;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Offers one importer per inspection layout: those packed under {@code inspection/layouts/} and those in the
 * optional external folder. An external layout with the same kind replaces the packed one, so a corrected layout
 * can be dropped in.
 */
@Component
class InspectionLayoutCatalogue implements FileImporterCatalogue {

    private static final String PACKED = "classpath*:inspection/layouts/*.yaml";

    private final List<FileImporter> importers;

    InspectionLayoutCatalogue(InspectionLayoutProperties properties, InspectionFileWriter writer) {
        Map<String, InspectionLayout> byKind = new HashMap<>();
        for (InspectionLayout layout : packedLayouts()) {
            byKind.put(layout.kind(), layout);
        }
        if (properties.layoutsFolder() != null) {
            for (InspectionLayout layout : externalLayouts(properties.layoutsFolder())) {
                byKind.put(layout.kind(), layout);
            }
        }
        this.importers = byKind.values().stream().sorted(Comparator.comparing(InspectionLayout::kind))
                .<FileImporter>map(layout -> new InspectionLayoutImporter(layout, writer)).toList();
    }

    @Override
    public List<FileImporter> importers() {
        return importers;
    }

    private static List<InspectionLayout> packedLayouts() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(PACKED);
            List<InspectionLayout> layouts = new ArrayList<>();
            for (Resource resource : Arrays.stream(resources).sorted(Comparator.comparing(Resource::getDescription))
                    .toList()) {
                layouts.add(InspectionLayoutReader.read(resource.getFilename(),
                        resource.getContentAsString(StandardCharsets.UTF_8)));
            }
            return layouts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packed inspection layouts", e);
        }
    }

    private static List<InspectionLayout> externalLayouts(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("schoolscope.inspection.layouts-folder is " + folder
                    + ", which is not a folder");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<InspectionLayout> layouts = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                layouts.add(InspectionLayoutReader.read(file.toString(), Files.readString(file)));
            }
            return layouts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the inspection layouts in " + folder, e);
        }
    }
}
