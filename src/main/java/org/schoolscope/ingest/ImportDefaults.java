package org.schoolscope.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A council's standing choices for the import command, which its flags can add to.
 *
 * @param skipUnknownSchools as {@code --skip-unknown-schools} on every import
 * @param skipMalformedRows as {@code --skip-malformed-rows} on every import
 */
@ConfigurationProperties("schoolscope.import")
public record ImportDefaults(boolean skipUnknownSchools, boolean skipMalformedRows) {

    ImportOptions options() {
        return new ImportOptions(false, skipUnknownSchools, skipMalformedRows);
    }
}
