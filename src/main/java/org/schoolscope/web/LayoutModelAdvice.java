package org.schoolscope.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the council on every page's model, including Boot's error pages, because the layout's header names it. */
@ControllerAdvice
class LayoutModelAdvice {

    private final CouncilProperties council;

    LayoutModelAdvice(CouncilProperties council) {
        this.council = council;
    }

    @ModelAttribute
    void addCouncil(Model model) {
        model.addAttribute("council", council);
    }
}
