package org.schoolscope.profile;

import org.schoolscope.web.RecordNotFoundException;

/** The import asked for is not in the import log. */
public class ImportNotFoundException extends RecordNotFoundException {

    public ImportNotFoundException(long id) {
        super("No import " + id + " is in the import log");
    }
}
