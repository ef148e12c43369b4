package org.schoolscope.assessment.web;

import java.security.Principal;
import java.util.List;
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
 * may see the school may see this page; the standing soft-intelligence notes are shown only to the roles that may
 * read soft intelligence (never to headteachers or analysts), and that read is audited.
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
    String page(@PathVariable("urn") String urn, Principal principal, Model model) {
        Urn school = ActingUser.urn(urn);
        String name = softIntelligence.schoolName(school);
        SchoolExplanation explanation;
        try {
            explanation = explanations.explain(school);
        } catch (AssessmentNotFoundException notAssessed) {
            // The school is in the register but no run has assessed it yet: a page saying so, not "not found".
            explanation = null;
        }
        boolean mayReadNotes = ActingUser.mayReadSoftIntelligence(principal);
        model.addAttribute("section", "schools");
        model.addAttribute("urn", school);
        model.addAttribute("schoolName", name);
        model.addAttribute("explanation", explanation);
        model.addAttribute("mayReadNotes", mayReadNotes);
        model.addAttribute("mayReportVulnerable",
                ActingUser.roles(principal).stream().anyMatch(SoftIntelligenceRoutes.SELF_REPORTERS::contains));
        model.addAttribute("notes", mayReadNotes
                ? softIntelligence.standingNotes(school, ActingUser.name(principal)) : List.of());
        return "assessment/school-assessment";
    }
}
