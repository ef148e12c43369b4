package org.schoolscope.assessment.web;

import java.security.Principal;
import java.util.List;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.AssessmentNotFoundException;
import org.schoolscope.assessment.SchoolExplanation;
import org.schoolscope.assessment.SchoolExplanations;
import org.schoolscope.assessment.SoftIntelligence;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Why a school is, or is not, a concern: its latest run's category and score, every rule that fired with its
 * figures and sources, the rules checked that did not fire, and any override beside the computed result. Anyone who
 * may see the school may see this page. The standing soft-intelligence notes, and the rules that read them, are shown
 * only to a viewer the access module lets read notes about the school (never a headteacher or an analyst), and that
 * read is audited; anyone else sees "other information held by the council" where such a rule fired.
 */
@Controller
class SchoolAssessmentController {

    private final SchoolExplanations explanations;
    private final SoftIntelligence softIntelligence;

    SchoolAssessmentController(SchoolExplanations explanations, SoftIntelligence softIntelligence) {
        this.explanations = explanations;
        this.softIntelligence = softIntelligence;
    }

    @GetMapping("/schools/{urn}/assessment")
    String page(@PathVariable("urn") String urn, Principal principal, ViewerScope viewer, Model model) {
        Urn school = ActingUser.urn(urn);
        String name = softIntelligence.schoolName(school);
        SchoolExplanation explanation;
        try {
            explanation = explanations.explain(school, viewer);
        } catch (AssessmentNotFoundException notAssessed) {
            // The school is in the register but no run has assessed it yet: a page saying so, not "not found".
            explanation = null;
        }
        boolean mayReadNotes = softIntelligence.mayReadNotes(school, viewer);
        model.addAttribute("section", "schools");
        model.addAttribute("urn", school);
        model.addAttribute("schoolName", name);
        model.addAttribute("explanation", explanation);
        model.addAttribute("mayReadNotes", mayReadNotes);
        model.addAttribute("mayReportVulnerable",
                ActingUser.roles(principal).stream().anyMatch(SoftIntelligenceRoutes.SELF_REPORTERS::contains));
        model.addAttribute("notes", mayReadNotes ? softIntelligence.standingNotes(school, viewer) : List.of());
        return "assessment/school-assessment";
    }
}
