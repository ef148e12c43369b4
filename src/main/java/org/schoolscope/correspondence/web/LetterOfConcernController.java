package org.schoolscope.correspondence.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.correspondence.CorrespondenceProperties;
import org.schoolscope.correspondence.LetterOfConcern;
import org.schoolscope.correspondence.LettersOfConcern;
import org.schoolscope.correspondence.MaintainedSchool;
import org.schoolscope.shared.Urn;
import org.schoolscope.web.CouncilProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Writing a letter of concern to a maintained school: a form for the concerns and required actions, answered with
 * the PDF (nothing is stored, so there is nothing to redirect to), or the form again with an error summary.
 */
@Controller
class LetterOfConcernController {

    private final LettersOfConcern letters;
    private final CouncilProperties council;
    private final CorrespondenceProperties properties;
    private final Clock clock;

    LetterOfConcernController(LettersOfConcern letters, CouncilProperties council,
            CorrespondenceProperties properties, Clock clock) {
        this.letters = letters;
        this.council = council;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/correspondence/letters-of-concern/{urn}")
    String form(@PathVariable String urn, ViewerScope viewer, Model model) {
        return show(letters.school(council.la(), LettersController.urnOf(urn), viewer),
                new LetterOfConcernForm("", ""), List.of(), model);
    }

    @PostMapping("/correspondence/letters-of-concern/{urn}")
    ModelAndView create(@PathVariable String urn, LetterOfConcernForm form, ViewerScope viewer, Model model) {
        Urn school = LettersController.urnOf(urn);
        MaintainedSchool maintained = letters.school(council.la(), school, viewer);
        List<LetterOfConcernForm.Problem> problems = form.problems();
        if (!problems.isEmpty()) {
            return new ModelAndView(show(maintained, form, problems, model), model.asMap());
        }
        LetterOfConcern letter = new LetterOfConcern(school, LocalDate.now(clock), form.concernLines(),
                form.actionLines(), properties.signatoryName());
        byte[] pdf = letters.pdf(council.la(), letter, viewer);
        String fileName = "letter-of-concern-" + school.value() + "-" + letter.date() + ".pdf";
        return new ModelAndView(new AttachmentView(fileName, Downloads.PDF, pdf));
    }

    private String show(MaintainedSchool school, LetterOfConcernForm form, List<LetterOfConcernForm.Problem> problems,
            Model model) {
        model.addAttribute("section", "correspondence");
        model.addAttribute("school", school);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("correspondence", properties);
        return "correspondence/letter-of-concern";
    }
}
