package org.schoolscope.ingest;

/**
 * Thrown by an importer whose quick path met what only its careful path can name, such as a figure published twice
 * in a file that was being copied straight into its table. The pipeline undoes the attempt and imports the file
 * again from its first row with {@link ImportContext#careful()} set.
 */
public class CarefulImportNeeded extends RuntimeException {

    public CarefulImportNeeded(String reason, Throwable cause) {
        super(reason, cause);
    }
}
