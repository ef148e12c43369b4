package org.schoolscope.assessment.domain;

import java.util.HashMap;
import java.util.Map;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;

/** Fictional schools (URNs from 900001) with fictional figures, built up fact by fact. */
public final class SchoolFixture {

    public static final AcademicYear YEAR = new AcademicYear(2018);
    public static final String FIGURES_FILE = "fictional_ks2_final.csv";
    public static final String OFSTED_FILE = "fictional_ofsted_mi.csv";

    private final int urn;
    private ResponsibleBody body = ResponsibleBody.LOCAL_AUTHORITY;
    private String phase = "Primary";
    private int laCode = 999;
    private final Map<String, FactValue> facts = new HashMap<>();

    private SchoolFixture(int urn) {
        this.urn = urn;
    }

    public static SchoolFixture maintained(int urn) {
        return new SchoolFixture(urn);
    }

    public static SchoolFixture academy(int urn) {
        return new SchoolFixture(urn).responsibleBody(ResponsibleBody.TRUST);
    }

    public SchoolFixture responsibleBody(ResponsibleBody body) {
        this.body = body;
        return this;
    }

    public SchoolFixture phase(String phase) {
        this.phase = phase;
        return this;
    }

    public SchoolFixture laCode(int laCode) {
        this.laCode = laCode;
        return this;
    }

    public SchoolFixture figure(String measure, double value) {
        facts.put(measure, FactValue.number(value, new Provenance(YEAR, FIGURES_FILE)));
        return this;
    }

    public SchoolFixture suppressed(String measure) {
        facts.put(measure, FactValue.notAvailable("SUPP", new Provenance(YEAR, FIGURES_FILE)));
        return this;
    }

    public SchoolFixture judgement(String fact, String word) {
        facts.put(fact, FactValue.text(word, new Provenance(YEAR, OFSTED_FILE)));
        return this;
    }

    public SchoolFixture flag(String fact, boolean value) {
        facts.put(fact, FactValue.flag(value, new Provenance(YEAR, "fictional soft intelligence note")));
        return this;
    }

    public SchoolFixture overallEffectiveness(String word) {
        return judgement(StandardFacts.OVERALL_EFFECTIVENESS, word);
    }

    public SchoolFactSheet build() {
        return new SchoolFactSheet(new Urn(urn), body, phase, laCode, facts);
    }
}
