package org.schoolscope.assessment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schoolscope.register.ResponsibleBody;

/** Small rulebooks for engine tests, with the default rulebook's category names. */
final class RulebookFixture {

    static final String OFSTED = "Causing concern: Ofsted";
    static final String CRISIS = "In crisis";
    static final String VULNERABLE = "Vulnerable";
    static final String NO_CONCERN = "Not a concern";
    static final String NOTIFY = "Notify regional director";

    static final FactCatalogue FACTS = FactCatalogue.standardWithMeasures(Map.of(
            "ks2.rwm_expected", "Reading, writing and maths: % at the expected standard",
            "ks2.rwm_expected_disadvantaged", "Disadvantaged pupils: % at the expected standard in RWM",
            "ks2.rwm_expected_not_disadvantaged", "Other pupils: % at the expected standard in RWM",
            "absence.persistent_share", "% of pupils persistently absent",
            "ks4.progress8", "Progress 8 score"));

    private final List<RuleDefinition> rules = new ArrayList<>();
    private final List<Parameter> parameters = new ArrayList<>();
    private final List<ScoreBand> bands = new ArrayList<>();

    static RulebookFixture rulebook() {
        return new RulebookFixture();
    }

    RulebookFixture placing(String id, String condition, String category) {
        rules.add(new RuleDefinition(id, "Rule " + id, condition, new Consequence.PlaceInCategory(category),
                EnumSet.of(ResponsibleBody.LOCAL_AUTHORITY, ResponsibleBody.TRUST)));
        return this;
    }

    RulebookFixture concern(String id, String condition, int weight) {
        return concern(id, condition, weight, EnumSet.of(ResponsibleBody.LOCAL_AUTHORITY, ResponsibleBody.TRUST));
    }

    RulebookFixture concern(String id, String condition, int weight, Set<ResponsibleBody> appliesTo) {
        rules.add(new RuleDefinition(id, "Rule " + id, condition, new Consequence.AddConcern(weight), appliesTo));
        return this;
    }

    RulebookFixture parameter(Parameter parameter) {
        parameters.add(parameter);
        return this;
    }

    RulebookFixture band(int from, String category) {
        bands.add(new ScoreBand(from, category));
        return this;
    }

    Rulebook build() {
        return new Rulebook("test-1", "A tester", "Testing", LocalDate.of(2026, 11, 23),
                List.of(new Category(OFSTED, 40), new Category(CRISIS, 30), new Category(VULNERABLE, 20),
                        new Category(NO_CONCERN, 10)),
                NO_CONCERN, parameters, rules, bands,
                new Notification(Set.of(ResponsibleBody.TRUST), NOTIFY));
    }

    CompiledRulebook compile() {
        return RulebookCompiler.compile(build(), FACTS);
    }
}
