package org.schoolscope.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.schoolscope.assessment.domain.Parameter;
import org.schoolscope.assessment.domain.Rulebook;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The default rulebook written as one PostgreSQL query ({@code benchmark/default-rules.sql}), run with a rulebook's
 * parameters bound by name, so a what-if that changes a threshold changes the SQL's too. The peer the rule engine
 * is measured against; {@link SqlRulesAgreementTest} keeps it honest.
 */
final class SqlRules {

    static final String LOCATION = "benchmark/default-rules.sql";

    /** One school's result as the SQL finds it, with the ids of the rules that fired in rulebook order. */
    record Row(int urn, String category, String assessedCategory, int score, List<String> firedRuleIds) {
    }

    private final String sql;

    SqlRules() {
        try (InputStream in = SqlRules.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the test class path: " + LOCATION);
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every open school of the council ({@code laCode} null: of every council), ordered by URN. */
    List<Row> run(JdbcClient jdbc, Rulebook rulebook, Integer laCode, LocalDate asOf) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("la", laCode).param("as_of", asOf);
        for (Parameter parameter : rulebook.parameters()) {
            statement = statement.param(parameter.name(), parameter instanceof Parameter.Fixed
                    ? ((Parameter.Fixed) parameter).value()
                    : ((Parameter.Percentile) parameter).percentile() / 100);
        }
        List<Row> rows = new ArrayList<>(25_000);
        statement.query(result -> {
            Array fired = result.getArray("fired_rules");
            rows.add(new Row(result.getInt("urn"), result.getString("category"), result.getString("assessed_category"),
                    result.getInt("score"), Arrays.asList((String[]) fired.getArray())));
        });
        return rows;
    }

    /** The rulebook with one fixed threshold changed, as a what-if drafts it. */
    static Rulebook withThreshold(Rulebook rulebook, String name, double value) {
        List<Parameter> parameters = new ArrayList<>();
        boolean found = false;
        for (Parameter parameter : rulebook.parameters()) {
            if (parameter.name().equals(name)) {
                parameters.add(new Parameter.Fixed(name, value));
                found = true;
            } else {
                parameters.add(parameter);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("The rulebook has no parameter " + name);
        }
        return new Rulebook(rulebook.version() + "-what-if", rulebook.author(), "What if " + name + " were " + value,
                rulebook.date(), rulebook.categories(), rulebook.defaultCategory(), parameters, rulebook.rules(),
                rulebook.scoreBands(), rulebook.notification());
    }
}
