package org.schoolscope.scorecard.plan.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.schoolscope.scorecard.plan.PlanNotFoundException;
import org.schoolscope.scorecard.plan.PlanStatus;
import org.schoolscope.scorecard.plan.PlanViews.Action;
import org.schoolscope.scorecard.plan.PlanViews.Plan;
import org.schoolscope.scorecard.plan.Plans;
import org.schoolscope.shared.TextLimits;
import org.schoolscope.web.DateBoxes;
import org.schoolscope.web.FormProblems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The improvement plans: the list, a plan's actions by outcome, and the form for a dated update on an action. */
@Controller
class PlanController {

    private static final MediaType XLSX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Plans plans;
    private final Clock clock;
    private final MessageSource messages;

    PlanController(Plans plans, Clock clock, MessageSource messages) {
        this.plans = plans;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/scorecard/plans")
    String list(Model model) {
        model.addAttribute("section", "scorecard");
        model.addAttribute("plans", plans.list());
        return "scorecard/plan/list";
    }

    @GetMapping("/scorecard/plans/{id}")
    String plan(@PathVariable("id") String id, Principal principal, Model model) {
        model.addAttribute("section", "scorecard");
        model.addAttribute("plan", plan(id));
        model.addAttribute("edits", edits(principal));
        return "scorecard/plan/plan";
    }

    @GetMapping("/scorecard/plans/{id}/plan.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable("id") String id) {
        Plan plan = plan(id);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("improvement-plan-" + plan.id() + ".xlsx").build().toString())
                .body(PlanXlsx.write(plan));
    }

    @GetMapping("/scorecard/plans/actions/{id}/updates/new")
    String newUpdate(@PathVariable("id") String id, Model model) {
        Plan plan = planOfAction(id);
        return form(plan, action(plan, id), UpdateForm.empty(), new FormProblems(), model);
    }

    @PostMapping("/scorecard/plans/actions/{id}/updates")
    String addUpdate(@PathVariable("id") String actionId, UpdateForm form, Principal principal, Model model) {
        Plan plan = planOfAction(actionId);
        Action action = action(plan, actionId);
        FormProblems problems = new FormProblems();
        Long milestone = null;
        if (form.milestone() != null && !form.milestone().isBlank()) {
            milestone = action.milestones().stream().filter(m -> String.valueOf(m.id()).equals(form.milestone()))
                    .map(m -> m.id()).findFirst().orElse(null);
            if (milestone == null) {
                problems.add("milestone", text("plan.update.error.milestone"));
            }
        }
        Optional<LocalDate> asOf = DateBoxes.parse(form.asOfDay(), form.asOfMonth(), form.asOfYear());
        if (asOf.isEmpty()) {
            problems.add("asOfDay", text("plan.update.error.date"));
        } else if (asOf.get().isAfter(LocalDate.now(clock))) {
            problems.add("asOfDay", text("plan.update.error.future"));
        }
        PlanStatus status = PlanStatus.parse(form.status());
        if (status == null) {
            problems.add("status", text("plan.update.error.status"));
        }
        if (form.commentary() == null || form.commentary().isBlank()) {
            problems.add("commentary", text("plan.update.error.commentary"));
        } else if (form.commentary().length() > TextLimits.FREE_TEXT) {
            problems.add("commentary", text("plan.update.error.tooLong"));
        }
        if (form.evidence() != null && form.evidence().length() > TextLimits.FREE_TEXT) {
            problems.add("evidence", text("plan.update.error.tooLong"));
        }
        if (!problems.isEmpty()) {
            return form(plan, action, form, problems, model);
        }
        plans.recordUpdate(action.id(), milestone, asOf.get(), status, form.commentary(), form.evidence(),
                principal == null ? "anonymous" : principal.getName());
        return "redirect:/scorecard/plans/" + plan.id() + "#action-" + action.id();
    }

    private String form(Plan plan, Action action, UpdateForm form, FormProblems problems, Model model) {
        model.addAttribute("section", "scorecard");
        model.addAttribute("plan", plan);
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("statuses", PlanStatus.values());
        return "scorecard/plan/update";
    }

    private Plan plan(String id) {
        try {
            return plans.find(Long.parseLong(id)).orElseThrow(() -> new PlanNotFoundException("No plan " + id));
        } catch (NumberFormatException notANumber) {
            throw new PlanNotFoundException("No plan " + id);
        }
    }

    private Plan planOfAction(String action) {
        try {
            return plans.planOfAction(Long.parseLong(action)).flatMap(plans::find)
                    .orElseThrow(() -> new PlanNotFoundException("No plan action " + action));
        } catch (NumberFormatException notANumber) {
            throw new PlanNotFoundException("No plan action " + action);
        }
    }

    private static Action action(Plan plan, String id) {
        return plan.outcomes().stream().flatMap(outcome -> outcome.actions().stream())
                .filter(action -> String.valueOf(action.id()).equals(id)).findFirst()
                .orElseThrow(() -> new PlanNotFoundException("No action " + id + " in plan " + plan.id()));
    }

    private static boolean edits(Principal principal) {
        return principal instanceof Authentication authentication && authentication.getAuthorities().stream()
                .anyMatch(authority -> PlanRoutes.EDITORS.stream()
                        .anyMatch(role -> authority.getAuthority().equals("ROLE_" + role.name())));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
