package org.schoolscope.access.web;

import java.util.ArrayList;
import java.util.List;
import org.schoolscope.access.account.SetupCode;
import org.schoolscope.access.account.UserAccounts;
import org.schoolscope.shared.TextLimits;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** First-run set-up: the one-time code from the log creates the first administrator. */
@Controller
class SetupController {

    private final SetupCode setup;

    SetupController(SetupCode setup) {
        this.setup = setup;
    }

    /** What the set-up form posts. */
    public record SetupForm(String code, String username, String displayName, String password,
            String confirmPassword) {

        List<FormProblem> problems() {
            List<FormProblem> problems = new ArrayList<>();
            if (code == null || code.isBlank()) {
                problems.add(new FormProblem("code", "setup.error.code"));
            }
            if (username == null || username.isBlank()) {
                problems.add(new FormProblem("username", "setup.error.username"));
            } else if (!TextLimits.within(username, TextLimits.SHORT_TEXT)
                    || !TextLimits.within(displayName, TextLimits.SHORT_TEXT)) {
                problems.add(new FormProblem("username", "setup.error.tooLong"));
            }
            if (!TextLimits.within(code, TextLimits.SHORT_TEXT) || !TextLimits.within(password, TextLimits.SHORT_TEXT)
                    || !TextLimits.within(confirmPassword, TextLimits.SHORT_TEXT)) {
                problems.add(new FormProblem("password", "setup.error.tooLong"));
            }
            if (password == null || password.length() < UserAccounts.MINIMUM_PASSWORD_LENGTH) {
                problems.add(new FormProblem("password", "setup.error.password"));
            } else if (!password.equals(confirmPassword)) {
                problems.add(new FormProblem("confirmPassword", "setup.error.confirm"));
            }
            return problems;
        }

        public boolean hasProblem(List<FormProblem> problems, String field) {
            return FormProblem.has(problems, field);
        }
    }

    @GetMapping("/setup")
    String form(Model model) {
        return show(new SetupForm(null, null, null, null, null), List.of(), model);
    }

    @PostMapping("/setup")
    String create(SetupForm form, Model model, RedirectAttributes redirect) {
        if (!setup.open()) {
            return show(form, List.of(), model);
        }
        List<FormProblem> problems = form.problems();
        if (problems.isEmpty() && !setup.createFirstAdministrator(form.code(), form.username(), form.displayName(),
                form.password())) {
            problems = List.of(new FormProblem("code", "setup.error.wrongCode"));
        }
        if (!problems.isEmpty()) {
            return show(new SetupForm(null, form.username(), form.displayName(), null, null), problems, model);
        }
        redirect.addFlashAttribute("setupDone", true);
        return "redirect:/sign-in";
    }

    private String show(SetupForm form, List<FormProblem> problems, Model model) {
        model.addAttribute("section", "setup");
        model.addAttribute("open", setup.open());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "access/setup";
    }
}
