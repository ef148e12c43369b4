package org.schoolscope.assessment.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.shared.Urn;

/**
 * The facts of many schools laid out by column (one {@code double[]} per number or flag, NaN where not available;
 * one {@code int[]} of word codes per text fact, -1 where not available), so that a compiled rule runs down an
 * array instead of looking up maps: all of England's schools in a few milliseconds.
 */
public final class FactTable {

    static final int MISSING_WORD = -1;

    private final List<SchoolFactSheet> schools;
    private final Map<String, double[]> numbers = new HashMap<>();
    private final Map<String, int[]> words = new HashMap<>();
    private final Map<String, Map<String, Integer>> dictionaries = new HashMap<>();

    private final int[] phaseNumbers;
    private final int[] responsibleBodies;
    // A parameter's values depend only on this table and the parameter, so a what-if that changes one threshold
    // recomputes that one and reuses the others.
    private final Map<Parameter, ParameterValues.Column> parameterColumns = new ConcurrentHashMap<>();

    private FactTable(List<SchoolFactSheet> schools) {
        this.schools = List.copyOf(schools);
        this.phaseNumbers = new int[schools.size()];
        this.responsibleBodies = new int[schools.size()];
        for (int school = 0; school < schools.size(); school++) {
            responsibleBodies[school] = schools.get(school).responsibleBody().ordinal();
        }
        Map<String, Integer> phases = new HashMap<>();
        for (int school = 0; school < schools.size(); school++) {
            phaseNumbers[school] = phases.computeIfAbsent(schools.get(school).phase(), phase -> phases.size());
        }
    }

    /** Lays out every fact the catalogue knows; a fact of the wrong kind is refused, one not catalogued ignored. */
    public static FactTable of(FactCatalogue catalogue, List<SchoolFactSheet> schools) {
        FactTable table = new FactTable(schools);
        for (FactDefinition fact : catalogue.all()) {
            table.layOut(fact);
        }
        return table;
    }

    private void layOut(FactDefinition fact) {
        int size = schools.size();
        if (fact.kind() == FactKind.TEXT) {
            int[] codes = new int[size];
            Arrays.fill(codes, MISSING_WORD);
            Map<String, Integer> dictionary = new HashMap<>();
            boolean any = false;
            for (int school = 0; school < size; school++) {
                FactValue value = schools.get(school).facts().get(fact.name());
                if (value == null || value.value() instanceof Observed.NotAvailable) {
                    continue;
                }
                if (!(value.value() instanceof Observed.Text)) {
                    throw wrongKind(fact, school, value);
                }
                String word = normalise(((Observed.Text) value.value()).value());
                Integer code = dictionary.get(word);
                if (code == null) {
                    code = dictionary.size();
                    dictionary.put(word, code);
                }
                codes[school] = code;
                any = true;
            }
            if (any) {
                words.put(fact.name(), codes);
            }
            dictionaries.put(fact.name(), dictionary);
            return;
        }
        double[] column = new double[size];
        Arrays.fill(column, Double.NaN);
        for (int school = 0; school < size; school++) {
            FactValue value = schools.get(school).facts().get(fact.name());
            if (value == null || value.value() instanceof Observed.NotAvailable) {
                continue;
            }
            if (fact.kind() == FactKind.NUMBER && value.value() instanceof Observed.Number) {
                column[school] = ((Observed.Number) value.value()).value();
            } else if (fact.kind() == FactKind.FLAG && value.value() instanceof Observed.Flag) {
                column[school] = ((Observed.Flag) value.value()).value() ? 1 : 0;
            } else {
                throw wrongKind(fact, school, value);
            }
        }
        numbers.put(fact.name(), column);
    }

    private IllegalArgumentException wrongKind(FactDefinition fact, int school, FactValue value) {
        return new IllegalArgumentException("School " + schools.get(school).urn() + ": " + fact.name() + " is a "
                + fact.kind().name().toLowerCase(Locale.ROOT) + " fact but was given " + value.value().display());
    }

    public int size() {
        return schools.size();
    }

    public SchoolFactSheet school(int index) {
        return schools.get(index);
    }

    public Urn urn(int index) {
        return schools.get(index).urn();
    }

    /** The same number for schools of the same phase, so thresholds per phase group without comparing strings. */
    int phaseNumber(int index) {
        return phaseNumbers[index];
    }

    /** The ordinal of the school's {@link ResponsibleBody}, read from an array in the evaluation's inner loop. */
    int responsibleBodyOrdinal(int index) {
        return responsibleBodies[index];
    }

    ParameterValues.Column parameterColumn(Parameter parameter, Function<Parameter, ParameterValues.Column> compute) {
        return parameterColumns.computeIfAbsent(parameter, compute);
    }

    public ResponsibleBody responsibleBody(int index) {
        return schools.get(index).responsibleBody();
    }

    /** The column of a number or flag fact, NaN where not available; all NaN when no school has it. */
    double[] numberColumn(String fact) {
        double[] column = numbers.get(fact);
        if (column == null) {
            column = new double[schools.size()];
            Arrays.fill(column, Double.NaN);
        }
        return column;
    }

    /** The word codes of a text fact, {@link #MISSING_WORD} where not available. */
    int[] wordColumn(String fact) {
        int[] column = words.get(fact);
        if (column == null) {
            column = new int[schools.size()];
            Arrays.fill(column, MISSING_WORD);
        }
        return column;
    }

    /** The code a word has in this table's column, or a code no school has when none does. */
    int wordCode(String fact, String word) {
        Map<String, Integer> dictionary = dictionaries.getOrDefault(fact, Map.of());
        return dictionary.getOrDefault(normalise(word), Integer.MIN_VALUE);
    }

    /** Judgement words are compared without regard to case, so 'requires improvement' matches Ofsted's label. */
    static String normalise(String word) {
        return word.trim().toLowerCase(Locale.ROOT);
    }
}
