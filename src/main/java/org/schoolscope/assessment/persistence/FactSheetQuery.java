package org.schoolscope.assessment.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schoolscope.assessment.domain.FactCatalogue;
import org.schoolscope.assessment.domain.FactDefinition;
import org.schoolscope.assessment.domain.FactValue;
import org.schoolscope.assessment.domain.NationalFigures;
import org.schoolscope.assessment.domain.SchoolFactSheet;
import org.schoolscope.register.SchoolOnDate;
import org.schoolscope.register.SchoolRegister;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.assessment.domain.FactCatalogue;
import org.schoolscope.assessment.domain.FactDefinition;
import org.schoolscope.assessment.rulebook.MeasureVocabulary;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Component;

/**
 * Every open school in scope as the fact sheet the rules read, built from a handful of batch queries (never one
 * query per school), with England's figures to compare them with.
 */
@Component
public class FactSheetQuery {

    /** GIAS keeps a phase for most schools; the rules need one to group by, so a school without one has this. */
    static final String NO_PHASE = "Not recorded";

    private final SchoolRegister register;
    private final InspectionFactsQuery inspections;
    private final FigureFactsQuery figures;
    private final SoftFactsQuery softFacts;
    private final SourcedFactsQuery sourcedFacts;
    private final Clock clock;

    FactSheetQuery(SchoolRegister register, InspectionFactsQuery inspections, FigureFactsQuery figures,
            SoftFactsQuery softFacts, SourcedFactsQuery sourcedFacts, Clock clock) {
        this.register = register;
        this.inspections = inspections;
        this.figures = figures;
        this.softFacts = softFacts;
        this.sourcedFacts = sourcedFacts;
        this.clock = clock;
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

    /**
     * The schools of one council, or of every council when {@code laCode} is null, that the register gives as open
     * on the snapshot's day: a closed school, or a predecessor whose successor has opened, is history, not assessed.
     */
    public List<SchoolFactSheet> schools(LaCode laCode, DataSnapshot snapshot) {
        List<SchoolOnDate> open = register.schools(snapshot.asOf(), SchoolSet.ALL, laCode);
        SchoolScope scope = new SchoolScope(laCode, open.stream().map(SchoolOnDate::urn).toList(), snapshot);
        Map<Integer, Map<String, FactValue>> inspectionFacts = inspections.find(scope);
        Map<Integer, Map<String, FactValue>> figureFacts = figures.schoolFigures(scope);
        Map<Integer, Map<String, FactValue>> standingSoftFacts = softFacts.find(scope);
        Map<String, FactValue> noSoftFacts = SoftFactsQuery.noneStanding(snapshot);
        SourcedFactsQuery.Found fromSources = sourcedFacts.find(scope);
        List<SchoolFactSheet> sheets = new ArrayList<>();
        // A school no file places in a council cannot be on any council's list.
        for (SchoolOnDate school : open.stream().filter(s -> s.laCode() != null)
                .sorted(Comparator.comparing(SchoolOnDate::urn)).toList()) {
            int urn = school.urn().value();
            Map<String, FactValue> facts = new HashMap<>(figureFacts.getOrDefault(urn, Map.of()));
            // Inspection facts win over a figure of the same name: they are the standard facts the rules define.
            facts.putAll(inspectionFacts.getOrDefault(urn, Map.of()));
            // Soft intelligence is known for every school: no standing note is a "no", not a missing figure.
            facts.putAll(noSoftFacts);
            facts.putAll(standingSoftFacts.getOrDefault(urn, Map.of()));
            // Other modules' facts (returns, governance, casework), with what they know of every other school.
            facts.putAll(fromSources.otherwise());
            facts.putAll(fromSources.bySchool().getOrDefault(urn, Map.of()));
            String phase = school.phaseName();
            sheets.add(new SchoolFactSheet(school.urn(), school.responsibleBody(),
                    phase == null || phase.isBlank() ? NO_PHASE : phase, school.laCode(), facts));
        }
        return sheets;
    }

    /** Whether the register knows the school, so "no assessment yet" is told apart from "no such school". */
    public boolean hasSchool(Urn urn) {
        return register.history(urn).isPresent();
    }

    /** Whether the register has an open school of the council today, so a mistyped LA code is refused, not run empty. */
    public boolean hasSchools(LaCode laCode) {
        return !register.schools(LocalDate.now(clock), SchoolSet.ALL, laCode).isEmpty();
    }

    /** England's figures in the snapshot. */
    public NationalFigures england(DataSnapshot snapshot) {
        return figures.england(new SchoolScope(null, List.of(), snapshot));
    }
}
