package org.schoolscope.returns.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schoolscope.returns.Returns;
import org.schoolscope.returns.SaveOutcome;
import org.schoolscope.returns.SchoolReturn;
import org.schoolscope.returns.domain.AnswerCheck;
import org.schoolscope.returns.domain.CompletedBy;
import org.schoolscope.returns.domain.Question;
import org.schoolscope.returns.domain.Version;
import org.schoolscope.shared.Urn;
import org.schoolscope.web.FormProblems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One school's return: the form its headteacher (or an officer on its behalf) fills in, saves as a draft and submits;
 * once submitted, a correction is a new submission with its reason. Every version is kept, and the history shows who
 * saved what and when, question by question.
 */
@Controller
class SchoolReturnController {

    private final Returns returns;
    private final MessageSource messages;

    SchoolReturnController(Returns returns, MessageSource messages) {
        this.returns = returns;
        this.messages = messages;
    }

    @GetMapping("/returns/{id}/schools/{urn}")
    String form(@PathVariable("id") long id, @PathVariable("urn") String urn,
            @RequestParam(name = "saved", required = false) String saved, Principal principal, Model model) {
        SchoolReturn schoolReturn = returns.schoolReturn(id, Paths.urn(urn));
        Map<String, String> values = schoolReturn.latest()
                .map(version -> AnswerFields.values(schoolReturn.definition().questions(), version.answers()))
                .orElse(Map.of());
        model.addAttribute("saved", saved);
        return show(schoolReturn, values, "", new FormProblems(), principal, model);
    }

    @PostMapping("/returns/{id}/schools/{urn}")
    String save(@PathVariable("id") long id, @PathVariable("urn") String urn,
            @RequestParam MultiValueMap<String, String> posted, Principal principal, Model model) {
        Urn school = Paths.urn(urn);
        SchoolReturn schoolReturn = returns.schoolReturn(id, school);
        List<Question> questions = schoolReturn.definition().questions();
        boolean submit = "submit".equals(posted.getFirst("action"));
        String reason = posted.getFirst("reason");
        if (reason != null && reason.length() > 2000) {
            return show(schoolReturn, AnswerFields.values(posted), reason,
                    new FormProblems().add("reason", text("returns.answer.reasonTooLong")), principal, model);
        }
        SaveOutcome outcome = returns.save(id, school, AnswerFields.answers(questions, posted), submit, reason,
                Acting.name(principal), Acting.savingRole(principal));
        if (outcome.saved()) {
            return "redirect:/returns/" + id + "/schools/" + school + "?saved=" + (submit ? "submitted" : "draft");
        }
        FormProblems problems = new FormProblems();
        for (AnswerCheck.Problem problem : outcome.problems()) {
            Question question = schoolReturn.definition().question(problem.code()).orElseThrow();
            problems.add(AnswerFields.target(question), text("returns.answer.problem", question.position(),
                    text(problem.messageKey(), problem.arguments().toArray())));
        }
        if (outcome.reasonMissing()) {
            problems.add("reason", text("returns.answer.reasonMissing"));
        }
        if (outcome.alreadySubmitted()) {
            problems.add("reason", text("returns.answer.alreadySubmitted"));
        }
        return show(schoolReturn, AnswerFields.values(posted), reason, problems, principal, model);
    }

    @GetMapping("/returns/{id}/schools/{urn}/history")
    String history(@PathVariable("id") long id, @PathVariable("urn") String urn, Model model) {
        SchoolReturn schoolReturn = returns.schoolReturn(id, Paths.urn(urn));
        model.addAttribute("section", "returns");
        model.addAttribute("schoolReturn", schoolReturn);
        model.addAttribute("changes", changes(schoolReturn));
        return "returns/history";
    }

    /** One question's answer in one version, where it differs from the version before. */
    public record AnswerChange(Question question, Version version, String answer) {
    }

    private static List<AnswerChange> changes(SchoolReturn schoolReturn) {
        List<AnswerChange> changes = new ArrayList<>();
        for (Question question : schoolReturn.definition().questions()) {
            String previous = null;
            for (Version version : schoolReturn.versions()) {
                String answer = version.answers().get(question.code());
                if (!java.util.Objects.equals(answer, previous)) {
                    changes.add(new AnswerChange(question, version, answer));
                }
                previous = answer;
            }
        }
        return changes;
    }

    private String show(SchoolReturn schoolReturn, Map<String, String> values, String reason, FormProblems problems,
            Principal principal, Model model) {
        boolean councilCompletes = schoolReturn.definition().completedBy() == CompletedBy.COUNCIL;
        boolean head = "HEADTEACHER".equals(Acting.savingRole(principal));
        model.addAttribute("section", "returns");
        model.addAttribute("schoolReturn", schoolReturn);
        model.addAttribute("definition", schoolReturn.definition());
        model.addAttribute("values", values);
        model.addAttribute("reason", reason);
        model.addAttribute("problems", problems);
        model.addAttribute("mayEdit", Acting.answers(principal) && !(councilCompletes && head));
        model.addAttribute("councilCompletes", councilCompletes);
        model.addAttribute("overdue", !schoolReturn.submitted() && schoolReturn.definition().overdueOn(returns.today()));
        return "returns/school-return";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.UK);
    }
}
