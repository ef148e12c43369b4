package org.schoolscope.assessment.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.AssessmentNotFoundException;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.assessment.NoSchoolsToAssessException;
import org.schoolscope.assessment.PriorityList;
import org.schoolscope.assessment.PriorityLists;
import org.schoolscope.register.SchoolRegister;
import org.schoolscope.web.CouncilProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The proposed priority list from the council's latest run, as a page, CSV and XLSX, and starting a new run. */
@Controller
class PriorityListController {

    /**
     * Sign-in does not exist yet (the access module is still to come), so a run or an override cannot say who made
     * it; this is recorded instead of a name. For the same reason the forms carry no CSRF token yet: once Spring
     * Security is added, its token must go into every form here, and only officers may post.
     */
    static final String NOT_SIGNED_IN = "not signed in (no sign-in yet)";

    private final PriorityLists lists;
    private final AssessmentRuns runs;
    private final SchoolRegister register;
    private final CouncilProperties council;
    private final PriorityListCsv csv;
    private final PriorityListXlsx xlsx;

    PriorityListController(PriorityLists lists, AssessmentRuns runs, SchoolRegister register,
            CouncilProperties council, AssessmentDates dates, MessageSource messages) {
        this.lists = lists;
        this.runs = runs;
        this.register = register;
        this.council = council;
        PriorityListRows rows = new PriorityListRows(dates,
                messages.getMessage("explanation.otherInformation", null, Locale.UK));
        this.csv = new PriorityListCsv(rows);
        this.xlsx = new PriorityListXlsx(rows);
    }

    /** The schools the viewer may see; the reasons from soft intelligence only for a viewer who may read them. */
    @GetMapping("/assessments/priority-list")
    String page(ViewerScope viewer, PriorityListView.Filter filter, Model model) {
        model.addAttribute("section", "priority-list");
        PriorityList list = lists.latestFor(council.la(), viewer).orElse(null);
        model.addAttribute("list", list);
        // Filters narrow the list and cannot be wrong, so the shared select fragment has no problem to show.
        model.addAttribute("filterProblems", java.util.List.of());
        if (list != null) {
            // The register's phase and district of each school on the run's day, for the filters.
            model.addAttribute("view", PriorityListView.of(list, register.find(list.entries().stream()
                    .map(entry -> entry.result().urn()).toList(), list.run().dataAsOf()), filter));
        }
        return "assessment/priority-list";
    }

    /** A run replaces the list officers work from, so it is confirmed first (issue 12, item 5). */
    @GetMapping("/assessments/runs-page")
    String confirmRun(Model model) {
        model.addAttribute("section", "priority-list");
        model.addAttribute("list", lists.latestFor(council.la(), ViewerScope.system()).orElse(null));
        return "assessment/run-confirm";
    }

    /** An export travels further than the page, so it never carries reasons from soft intelligence, whoever asks. */
    @GetMapping("/assessments/priority-list.csv")
    ResponseEntity<byte[]> csv(ViewerScope viewer) {
        PriorityList list = latest(viewer.withoutNotes());
        return download(list, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8), csv.write(list));
    }

    /** As the CSV. */
    @GetMapping("/assessments/priority-list.xlsx")
    ResponseEntity<byte[]> xlsx(ViewerScope viewer) {
        PriorityList list = latest(viewer.withoutNotes());
        return download(list, "xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                xlsx.write(list));
    }

    private PriorityList latest(ViewerScope viewer) {
        return lists.latestFor(council.la(), viewer).orElseThrow(() -> new AssessmentNotFoundException(
                "The schools of LA " + council.la() + " have not been assessed yet"));
    }

    private static ResponseEntity<byte[]> download(PriorityList list, String extension, MediaType type,
            byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("priority-list-run-" + list.run().id() + "." + extension).build().toString())
                .body(body);
    }

    /** Post/Redirect/Get, so refreshing the list does not run the assessment again. */
    @PostMapping("/assessments/runs-page")
    String run(Principal user, RedirectAttributes redirect) {
        try {
            runs.run(council.la(), user == null ? NOT_SIGNED_IN : user.getName());
        } catch (NoSchoolsToAssessException noSchools) {
            redirect.addFlashAttribute("noSchools", true);
        }
        return "redirect:/assessments/priority-list";
    }
}
