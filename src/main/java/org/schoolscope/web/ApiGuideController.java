package org.schoolscope.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * How to use the API, for a signed-in person (issue 12, item 9): the API answers tokens, not the browser's session,
 * so the footer links here rather than to the machine-readable description, which a browser would be refused.
 */
@Controller
class ApiGuideController {

    @GetMapping("/using-the-api")
    String guide(Model model) {
        model.addAttribute("base", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        return "api-guide";
    }
}
