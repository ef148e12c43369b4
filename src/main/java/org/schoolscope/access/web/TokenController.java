package org.schoolscope.access.web;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import org.schoolscope.access.account.ApiTokens;
import org.schoolscope.shared.TextLimits;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's personal API tokens: made here, shown once after Post/Redirect/Get (as a flash attribute
 * that lives for one request), listed without their secret, and revoked.
 */
@Controller
class TokenController {

    private final ApiTokens tokens;
    private final Clock clock;

    TokenController(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** What the new-token form posts. */
    public record TokenForm(String name) {

        public boolean hasProblem(List<FormProblem> problems, String field) {
            return FormProblem.has(problems, field);
        }
    }

    @GetMapping("/account/tokens")
    String list(Principal user, Model model) {
        return show(user, new TokenForm(null), List.of(), model);
    }

    @PostMapping("/account/tokens")
    String create(Principal user, TokenForm form, Model model, RedirectAttributes redirect) {
        if (form.name() == null || form.name().isBlank()) {
            return show(user, form, List.of(new FormProblem("name", "tokens.error.name")), model);
        }
        if (!TextLimits.within(form.name(), TextLimits.SHORT_TEXT)) {
            return show(user, form, List.of(new FormProblem("name", "tokens.error.nameTooLong")), model);
        }
        ApiTokens.CreatedToken created = tokens.create(user.getName(), form.name(), user.getName());
        redirect.addFlashAttribute("created", created);
        return "redirect:/account/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(Principal user, @PathVariable("id") long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("revoked", tokens.revoke(user.getName(), id));
        return "redirect:/account/tokens";
    }

    private String show(Principal user, TokenForm form, List<FormProblem> problems, Model model) {
        model.addAttribute("section", "account");
        model.addAttribute("tokens", tokens.ownedBy(user.getName()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "access/tokens";
    }
}
