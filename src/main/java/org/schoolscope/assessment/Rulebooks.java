package org.schoolscope.assessment;

import org.schoolscope.assessment.domain.CompiledRulebook;
import org.schoolscope.assessment.domain.FactCatalogue;
import org.schoolscope.assessment.domain.RulebookCompiler;
import org.schoolscope.assessment.persistence.FactSheetQuery;
import org.schoolscope.assessment.persistence.RulebookVersionStore;
import org.schoolscope.assessment.rulebook.RulebookYaml;
import org.springframework.stereotype.Service;

/** The council's rulebook versions: the latest, and saving a change after checking every rule compiles. */
@Service
public class Rulebooks {

    private final RulebookVersionStore versions;
    private final FactSheetQuery factSheets;

    Rulebooks(RulebookVersionStore versions, FactSheetQuery factSheets) {
        this.versions = versions;
        this.factSheets = factSheets;
    }

    /** The version runs use now; the default rulebook becomes version 1 on first use. */
    public RulebookVersion latest() {
        return versions.latest();
    }

    /**
     * Stores a new version. A document whose rules do not parse or name an unknown measure is refused with a
     * {@link org.schoolscope.assessment.domain.RulebookRefusedException} naming each problem, and nothing is stored.
     */
    public RulebookVersion save(String yaml, String author, String reason) {
        compile(yaml, factSheets.catalogue());
        return versions.add(yaml, author, reason);
    }

    /** Compiles against every fact a rule may name, other modules' published facts included. */
    static CompiledRulebook compile(String yaml, FactCatalogue facts) {
        return RulebookCompiler.compile(RulebookYaml.read(yaml), facts);
    }
}
