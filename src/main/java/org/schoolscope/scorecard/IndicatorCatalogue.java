package org.schoolscope.scorecard;

import org.schoolscope.scorecard.persistence.CatalogueVersionStore;
import org.springframework.stereotype.Service;

/**
 * The council's indicator catalogue: the version in use, and saving a change. A document that does not read (an
 * unknown key, a missing target, a target type that does not exist) is refused with a {@link
 * org.schoolscope.scorecard.catalogue.CatalogueRefusedException} naming each problem's line, and nothing is stored.
 */
@Service
public class IndicatorCatalogue {

    private final CatalogueVersionStore versions;

    IndicatorCatalogue(CatalogueVersionStore versions) {
        this.versions = versions;
    }

    /** The version in use; the shipped default becomes version 1 on first use. */
    public CatalogueVersion latest() {
        return versions.latest();
    }

    public CatalogueVersion save(String yaml, String author, String reason) {
        return versions.add(yaml, author, reason);
    }
}
