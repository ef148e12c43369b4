package org.schoolscope.governance.web;

import java.io.IOException;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schoolscope.governance.Governance;
import org.schoolscope.governance.GovernorImport;
import org.schoolscope.governance.domain.OverLimit;
import org.schoolscope.governance.domain.SuggestedMatch;
import org.schoolscope.ingest.ImportRejectedException;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The council's view of governance: every school's governing body in numbers, the people over the two-school limit
 * with their schools named, the suggested matches an officer confirms or rejects, and the spreadsheet import.
 */
@Controller
class GovernanceController {

    private final Governance governance;
    private final GovernorImport imports;
    private final Words words;

    GovernanceController(Governance governance, GovernorImport imports, Words words) {
        this.governance = governance;
        this.imports = imports;
        this.words = words;
    }

    @GetMapping("/governance")
    String overview(Principal principal, Model model) {
        List<Governance.SchoolRow> rows = governance.overview();
        model.addAttribute("section", "governance");
        model.addAttribute("rows", rows);
        model.addAttribute("recorded", rows.stream().filter(row -> row.governors() > 0).count());
        model.addAttribute("openVacancies", rows.stream().mapToInt(Governance.SchoolRow::openVacancies).sum());
        model.addAttribute("withOverLimit", rows.stream().filter(row -> row.overLimit() > 0).count());
        model.addAttribute("notPublished", rows.stream().filter(row -> Boolean.FALSE.equals(row.published()))
                .count());
        model.addAttribute("neverChecked", rows.stream().filter(row -> row.published() == null).count());
        model.addAttribute("keeps", Acting.keeps(principal));
        model.addAttribute("readsPeople", Acting.readsPeople(principal));
        return "governance/overview";
    }

    @GetMapping("/governance/over-limit")
    String overLimit(Principal principal, Model model) {
        List<OverLimit> people = governance.overLimit(Acting.name(principal));
        Map<Urn, String> names = new HashMap<>();
        people.forEach(person -> person.schools().forEach(urn -> names.put(urn, governance.school(urn).name())));
        model.addAttribute("section", "governance");
        model.addAttribute("people", people);
        model.addAttribute("names", names);
        return "governance/over-limit";
    }

    @GetMapping("/governance/matches")
    String matches(Principal principal, Model model) {
        List<SuggestedMatch> matches = governance.suggestedMatches(Acting.name(principal));
        model.addAttribute("section", "governance");
        model.addAttribute("matches", matches);
        model.addAttribute("appointments", appointmentsOf(matches));
        return "governance/matches";
    }

    @PostMapping("/governance/matches")
    String decide(@RequestParam(name = "record", required = false) Long record,
            @RequestParam(name = "other", required = false) Long other,
            @RequestParam(name = "decision", required = false) String decision, Principal principal) {
        if (record == null || other == null || (!"same".equals(decision) && !"different".equals(decision))) {
            return "redirect:/governance/matches";
        }
        SuggestedMatch match = governance.suggestedMatches(Acting.name(principal)).stream()
                .filter(each -> each.record().id() == record && each.other().id() == other).findFirst()
                .orElse(null);
        if (match == null) {
            return "redirect:/governance/matches";
        }
        if ("same".equals(decision)) {
            governance.confirmMatch(record, other, match.explanation(), Acting.name(principal));
        } else {
            governance.rejectMatch(record, other, match.explanation(), Acting.name(principal));
        }
        return "redirect:/governance/matches";
    }

    @GetMapping("/governance/import")
    String importForm(Model model) {
        model.addAttribute("section", "governance");
        return "governance/import";
    }

    @PostMapping("/governance/import")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Principal principal,
            Model model) throws IOException {
        model.addAttribute("section", "governance");
        if (file == null || file.isEmpty()) {
            model.addAttribute("noFile", true);
            return "governance/import";
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : file.getOriginalFilename();
        try {
            model.addAttribute("outcome", imports.importFile(name, file.getBytes(), Acting.name(principal)));
        } catch (ImportRejectedException refused) {
            model.addAttribute("refused", refused.problems());
            model.addAttribute("fileName", name);
        }
        return "governance/import";
    }

    /** Each record's appointments, so the officer sees where each record governs before confirming. */
    private Map<Long, List<String>> appointmentsOf(List<SuggestedMatch> matches) {
        Map<Long, List<String>> schools = new HashMap<>();
        for (SuggestedMatch match : matches) {
            for (long record : new long[] {match.record().id(), match.other().id()}) {
                schools.computeIfAbsent(record, id -> List.of(words.get("governance.matches.sourceOf",
                        id == match.record().id() ? match.record().source() : match.other().source())));
            }
        }
        return schools;
    }
}
