package org.schoolscope.register.imports;

import java.util.List;
import java.util.Map;
import org.schoolscope.ingest.RowShape;

/**
 * One published layout as declared in {@code register/layouts.yml}: how to recognise it, which date it describes,
 * and which published columns feed each field.
 */
public record Layout(String kind, String title, List<String> signature, AsAtRule asAt, RowShape rowShape,
        List<String> required, Map<String, List<String>> fields) implements org.schoolscope.ingest.PublishedLayout {

    public enum AsAtRule {
        FILE_NAME_DATE, ACADEMIC_YEAR_END, NONE
    }

    public Layout {
        signature = List.copyOf(signature);
        required = List.copyOf(required);
        fields = Map.copyOf(fields);
        for (String field : required) {
            if (!fields.containsKey(field)) {
                throw new IllegalArgumentException("Layout " + kind + " requires '" + field + "' but maps no column to it");
            }
        }
    }

    public List<String> acceptedColumns(String field) {
        return fields.getOrDefault(field, List.of());
    }
}
