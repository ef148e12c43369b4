package org.schoolscope.register.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schoolscope.ingest.RowShape;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The register's published layouts, read from {@code register/layouts.yml} so a renamed column needs no code. */
@Component
public class RegisterLayouts {

    static final String RESOURCE = "register/layouts.yml";

    private final List<Layout> schools;
    private final Layout groups;
    private final Layout links;
    private final Layout localAuthorities;
    private final Layout districtMappings;

    public RegisterLayouts() {
        Map<String, Object> document = load();
        this.schools = ((List<?>) document.get("schools")).stream().map(RegisterLayouts::layout).toList();
        this.groups = layout(document.get("groups"));
        this.links = layout(document.get("links"));
        this.localAuthorities = layout(document.get("localAuthorities"));
        this.districtMappings = layout(document.get("districtMappings"));
    }

    public List<Layout> schools() {
        return schools;
    }

    public Layout groups() {
        return groups;
    }

    public Layout links() {
        return links;
    }

    public Layout localAuthorities() {
        return localAuthorities;
    }

    public Layout districtMappings() {
        return districtMappings;
    }

    private static Map<String, Object> load() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            LoaderOptions options = new LoaderOptions();
            // The file shares one field table between the two GIAS layouts through an anchor.
            options.setMaxAliasesForCollections(10);
            return new Yaml(new SafeConstructor(options)).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Layout layout(Object node) {
        Map<String, Object> map = (Map<String, Object>) node;
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        ((Map<String, List<Object>>) map.get("fields")).forEach(
                (field, columns) -> fields.put(field, columns.stream().map(String::valueOf).toList()));
        return new Layout((String) map.get("kind"), (String) map.get("title"),
                ((List<Object>) map.get("signature")).stream().map(String::valueOf).toList(),
                asAtRule((String) map.get("asAt")), rowShape((String) map.get("rowShape")),
                ((List<Object>) map.getOrDefault("required", List.of())).stream().map(String::valueOf).toList(),
                fields);
    }

    private static RowShape rowShape(String text) {
        return switch (text == null ? "exact" : text) {
            case "exact" -> RowShape.EXACT;
            case "mayEndEarly" -> RowShape.MAY_END_EARLY;
            case "lastColumnMaySpill" -> RowShape.LAST_COLUMN_MAY_SPILL;
            default -> throw new IllegalArgumentException(RESOURCE + ": unknown rowShape '" + text + "'");
        };
    }

    private static Layout.AsAtRule asAtRule(String text) {
        return switch (text == null ? "none" : text) {
            case "fileNameDate" -> Layout.AsAtRule.FILE_NAME_DATE;
            case "academicYearEnd" -> Layout.AsAtRule.ACADEMIC_YEAR_END;
            case "none" -> Layout.AsAtRule.NONE;
            default -> throw new IllegalArgumentException(
                    RESOURCE + ": unknown asAt rule '" + text.toLowerCase(Locale.ROOT) + "'");
        };
    }
}
