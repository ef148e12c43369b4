package org.schoolscope.assessment.rulebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.schoolscope.assessment.domain.FactCatalogue;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The measure codes a rule may name, read from the published layouts the performance module imports with, so that
 * a rule can only name a measure some file supplies. Reads only each layout's {@code measures: [{code, label}]}; a
 * later part may ask the performance module for its measures once it publishes them as an API.
 */
public final class MeasureVocabulary {

    private MeasureVocabulary() {
    }

    /** Measure code to label, from every shipped layout. */
    public static Map<String, String> shipped() {
        try {
            Resource[] layouts = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:performance/layouts/*.yml");
            Map<String, String> labels = new TreeMap<>();
            for (Resource layout : layouts) {
                Object document = new Yaml(new SafeConstructor(new LoaderOptions()))
                        .load(layout.getContentAsString(StandardCharsets.UTF_8));
                Object measures = ((Map<?, ?>) document).get("measures");
                for (Object measure : (List<?>) measures) {
                    Map<?, ?> fields = (Map<?, ?>) measure;
                    labels.putIfAbsent(String.valueOf(fields.get("code")), String.valueOf(fields.get("label")));
                }
            }
            return labels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standard facts and every shipped measure. */
    public static FactCatalogue shippedCatalogue() {
        return FactCatalogue.standardWithMeasures(shipped());
    }
}
