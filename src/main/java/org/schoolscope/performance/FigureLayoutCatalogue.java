package org.schoolscope.performance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.schoolscope.ingest.FileImporter;
import org.schoolscope.ingest.FileImporterCatalogue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The statistics layouts: those shipped in {@code performance/layouts/} and any a council adds in the folder named by
 * {@code schoolscope.import.layout-directory}, so a new file needs a YAML file, not a release.
 */
@Component
class FigureLayoutCatalogue implements FileImporterCatalogue {

    private final List<FileImporter> importers;

    FigureLayoutCatalogue(FigureWriter writer, org.schoolscope.register.SchoolRegister register,
            @Value("${schoolscope.import.layout-directory:}") String layoutDirectory) {
        List<FigureLayout> layouts = new ArrayList<>(shippedLayouts());
        if (!layoutDirectory.isBlank()) {
            layouts.addAll(layoutsIn(Path.of(layoutDirectory)));
        }
        Set<String> kinds = new HashSet<>();
        for (FigureLayout layout : layouts) {
            if (!kinds.add(layout.kind())) {
                throw new IllegalStateException("Two layouts are both called " + layout.kind());
            }
        }
        this.importers = layouts.stream().<FileImporter>map(layout -> new FigureFileImporter(layout, writer, register)).toList();
    }

    @Override
    public List<FileImporter> importers() {
        return importers;
    }

    static List<FigureLayout> shippedLayouts() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:performance/layouts/*.yml");
            List<FigureLayout> layouts = new ArrayList<>();
            for (Resource resource : resources) {
                layouts.add(FigureLayoutReader.read(resource.getFilename(),
                        resource.getContentAsString(StandardCharsets.UTF_8)));
            }
            return layouts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<FigureLayout> layoutsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<FigureLayout> layouts = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                layouts.add(FigureLayoutReader.read(file.toString(), Files.readString(file)));
            }
            return layouts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the layout folder " + folder, e);
        }
    }
}
