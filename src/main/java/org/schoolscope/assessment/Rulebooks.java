package org.schoolscope.assessment;

import org.schoolscope.assessment.domain.CompiledRulebook;
import org.schoolscope.assessment.domain.RulebookCompiler;
import org.schoolscope.assessment.persistence.RulebookVersionStore;
import org.schoolscope.assessment.rulebook.MeasureVocabulary;
import org.schoolscope.assessment.rulebook.RulebookYaml;
import org.springframework.stereotype.Service;

/** The council's rulebook versions: the latest, and saving a change after checking every rule compiles. */
@Service
public class Rulebooks {

    private final RulebookVersionStore versions;

    Rulebooks(RulebookVersionStore versions) {
        this.versions = versions;
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
        compile(yaml);
        return versions.add(yaml, author, reason);
    }

    static CompiledRulebook compile(String yaml) {
        return RulebookCompiler.compile(RulebookYaml.read(yaml), MeasureVocabulary.shippedCatalogue());
    }
}
