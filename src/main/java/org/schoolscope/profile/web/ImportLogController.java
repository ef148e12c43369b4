package org.schoolscope.profile.web;

import org.schoolscope.ingest.ImportLog;
import org.schoolscope.profile.ImportNotFoundException;
import org.schoolscope.profile.persistence.ImportLogQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The import log: every file taken in, newest first, with what it added and changed; and one import's page, with
 * every row it left out at the council's request.
 */
@Controller
class ImportLogController {

    static final int SHOWN = 200;

    private final ImportLogQuery imports;
    private final ImportLog log;

    ImportLogController(ImportLogQuery imports, ImportLog log) {
        this.imports = imports;
        this.log = log;
    }

    @GetMapping("/imports")
    String log(Model model) {
        model.addAttribute("section", "imports");
        model.addAttribute("batches", imports.latest(SHOWN));
        model.addAttribute("total", imports.count());
        model.addAttribute("shown", SHOWN);
        return "profile/import-log";
    }

    @GetMapping("/imports/{id}")
    String oneImport(@PathVariable long id, Model model) {
        model.addAttribute("section", "imports");
        model.addAttribute("batch", imports.find(id).orElseThrow(() -> new ImportNotFoundException(id)));
        model.addAttribute("leftOut", log.rowsLeftOut(id));
        return "profile/import";
    }
}
