package org.schoolscope.assessment.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import org.schoolscope.access.AllowedSchools;
import org.schoolscope.assessment.AssessmentNotFoundException;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.assessment.NoSchoolsToAssessException;
import org.schoolscope.assessment.PriorityList;
import org.schoolscope.assessment.PriorityLists;
import org.schoolscope.web.CouncilProperties;
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
    private final CouncilProperties council;
    private final PriorityListCsv csv;
    private final PriorityListXlsx xlsx;
    private final AllowedSchools allowed;

    PriorityListController(PriorityLists lists, AssessmentRuns runs, CouncilProperties council,
            AssessmentDates dates, AllowedSchools allowed) {
        this.allowed = allowed;
        this.lists = lists;
        this.runs = runs;
        this.council = council;
        PriorityListRows rows = new PriorityListRows(dates);
        this.csv = new PriorityListCsv(rows);
        this.xlsx = new PriorityListXlsx(rows);
    }

    @GetMapping("/assessments/priority-list")
    String page(Model model) {
        model.addAttribute("section", "priority-list");
        model.addAttribute("list", visible(lists.latestFor(council.la())).orElse(null));
        return "assessment/priority-list";
    }

    @GetMapping("/assessments/priority-list.csv")
    ResponseEntity<byte[]> csv() {
        PriorityList list = latest();
        return download(list, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8), csv.write(list));
    }

    @GetMapping("/assessments/priority-list.xlsx")
    ResponseEntity<byte[]> xlsx() {
        PriorityList list = latest();
        return download(list, "xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                xlsx.write(list));
    }

    /** Partners and headteachers see only their own schools on the list (issue 5). */
    private Optional<PriorityList> visible(Optional<PriorityList> list) {
        return allowed.forCurrentUser().flatMap(schools -> list.map(found -> found.onlySchools(schools)))
                .or(() -> list);
    }

    private PriorityList latest() {
        return visible(lists.latestFor(council.la())).orElseThrow(() -> new AssessmentNotFoundException(
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
