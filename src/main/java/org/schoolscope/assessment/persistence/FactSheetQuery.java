package org.schoolscope.assessment.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schoolscope.assessment.domain.FactCatalogue;
import org.schoolscope.assessment.domain.FactDefinition;
import org.schoolscope.assessment.domain.FactValue;
import org.schoolscope.assessment.domain.NationalFigures;
import org.schoolscope.assessment.domain.SchoolFactSheet;
import org.schoolscope.assessment.rulebook.MeasureVocabulary;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every open school in scope as the fact sheet the rules read, built from a handful of batch queries (never one
 * query per school), with England's figures to compare them with.
 */
@Component
public class FactSheetQuery {

    /** GIAS keeps a phase for most schools; the rules need one to group by, so a school without one has this. */
    static final String NO_PHASE = "Not recorded";

    private final JdbcClient jdbc;
    private final InspectionFactsQuery inspections;
    private final FigureFactsQuery figures;
    private final SoftFactsQuery softFacts;
    private final SourcedFactsQuery sourcedFacts;

    FactSheetQuery(JdbcClient jdbc, InspectionFactsQuery inspections, FigureFactsQuery figures,
            SoftFactsQuery softFacts, SourcedFactsQuery sourcedFacts) {
        this.jdbc = jdbc;
        this.inspections = inspections;
        this.figures = figures;
        this.softFacts = softFacts;
        this.sourcedFacts = sourcedFacts;
    }

    /**
     * Every fact a rule may name: the standard facts, the measures of the shipped layouts and the facts other modules
     * publish as {@link org.schoolscope.assessment.SchoolFactSource} beans.
     */
    public FactCatalogue catalogue() {
        List<FactDefinition> definitions = new ArrayList<>(MeasureVocabulary.shippedCatalogue().all());
        definitions.addAll(sourcedFacts.definitions());
        return FactCatalogue.of(definitions);
    }

    /** The schools of one council, or of every council when {@code laCode} is null. */
    public List<SchoolFactSheet> schools(LaCode laCode, DataSnapshot snapshot) {
        SchoolScope scope = new SchoolScope(laCode, snapshot);
        Map<Integer, Map<String, FactValue>> inspectionFacts = inspections.find(scope);
        Map<Integer, Map<String, FactValue>> figureFacts = figures.schoolFigures(scope);
        Map<Integer, Map<String, FactValue>> standingSoftFacts = softFacts.find(scope);
        Map<String, FactValue> noSoftFacts = SoftFactsQuery.noneStanding(snapshot);
        SourcedFactsQuery.Found fromSources = sourcedFacts.find(scope);
        List<SchoolFactSheet> sheets = new ArrayList<>();
        // Closed schools are history: they cannot be supported, so they are not assessed.
        scope.bind(jdbc.sql("""
                select s.urn, s.la_code, s.phase, s.responsible_body
                from school s
                where (s.status is null or s.status not like 'Closed%') and\s""" + SchoolScope.CONDITION + """

                order by s.urn""")).query(row -> {
            int urn = row.getInt("urn");
            Map<String, FactValue> facts = new HashMap<>(figureFacts.getOrDefault(urn, Map.of()));
            // Inspection facts win over a figure of the same name: they are the standard facts the rules define.
            facts.putAll(inspectionFacts.getOrDefault(urn, Map.of()));
            // Soft intelligence is known for every school: no standing note is a "no", not a missing figure.
            facts.putAll(noSoftFacts);
            facts.putAll(standingSoftFacts.getOrDefault(urn, Map.of()));
            // Other modules' facts (returns, governance, casework), with what they know of every other school.
            facts.putAll(fromSources.otherwise());
            facts.putAll(fromSources.bySchool().getOrDefault(urn, Map.of()));
            String phase = row.getString("phase");
            sheets.add(new SchoolFactSheet(new Urn(urn), ResponsibleBody.valueOf(row.getString("responsible_body")),
                    phase == null || phase.isBlank() ? NO_PHASE : phase, row.getInt("la_code"), facts));
        });
        return sheets;
    }

    /** Whether the register knows the school, so "no assessment yet" is told apart from "no such school". */
    public boolean hasSchool(Urn urn) {
        return jdbc.sql("select exists (select 1 from school where urn = :urn)").param("urn", urn.value())
                .query(Boolean.class).single();
    }

    /** Whether the register has any school of the council, so a mistyped LA code is refused, not run empty. */
    public boolean hasSchools(LaCode laCode) {
        return jdbc.sql("select exists (select 1 from school where la_code = :la)").param("la", laCode.value())
                .query(Boolean.class).single();
    }

    /** England's figures in the snapshot. */
    public NationalFigures england(DataSnapshot snapshot) {
        return figures.england(new SchoolScope(null, snapshot));
    }
}
