package org.schoolscope.profile.web;

import org.schoolscope.profile.persistence.ImportLogQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The import log: every file taken in, newest first, with what it added and changed. */
@Controller
class ImportLogController {

    static final int SHOWN = 200;

    private final ImportLogQuery imports;

    ImportLogController(ImportLogQuery imports) {
        this.imports = imports;
    }

    @GetMapping("/imports")
    String log(Model model) {
        model.addAttribute("section", "imports");
        model.addAttribute("batches", imports.latest(SHOWN));
        model.addAttribute("total", imports.count());
        model.addAttribute("shown", SHOWN);
        return "profile/import-log";
    }
}
