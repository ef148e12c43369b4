package org.schoolscope.returns.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.returns.ReturnNotFoundException;
import org.schoolscope.returns.Returns;
import org.schoolscope.returns.ValidationSamples;
import org.schoolscope.returns.domain.Definition;
import org.schoolscope.returns.domain.FullAudit;
import org.schoolscope.returns.domain.Sample;
import org.schoolscope.returns.domain.SampleDraw;
import org.schoolscope.returns.domain.Visit;
import org.schoolscope.shared.Urn;
import org.schoolscope.web.DateBoxes;
import org.schoolscope.web.FormProblems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A return's validation sample: drawing it under the council's rules, checking it by drawing it again from the
 * record, recording each validation visit, opening full audits of schools that did not return, and following each
 * full audit to its closure.
 */
@Controller
class SampleController {

    private final Returns returns;
    private final ValidationSamples samples;
    private final MessageSource messages;

    SampleController(Returns returns, ValidationSamples samples, MessageSource messages) {
        this.returns = returns;
        this.samples = samples;
        this.messages = messages;
    }

    @GetMapping("/returns/{id}/sample")
    String sample(@PathVariable("id") long id, Principal principal, Model model) {
        return show(id, SampleForm.defaults(), new FormProblems(), principal, model);
    }

    @PostMapping("/returns/{id}/sample")
    String draw(@PathVariable("id") long id, SampleForm form, Principal principal, Model model) {
        FormProblems problems = new FormProblems();
        if (form.shareValue().isEmpty()) {
            problems.add("share", text("returns.sample.error.share"));
        }
        if (!form.seedBlank() && form.seedValue().isEmpty()) {
            problems.add("seed", text("returns.sample.error.seed"));
        }
        Optional<Set<Urn>> chosen = form.chosenUrns();
        if (chosen.isEmpty()) {
            problems.add("chosen", text("returns.sample.error.chosen"));
        } else {
            Set<Urn> asked = new java.util.HashSet<>(returns.asked(returns.definition(id)).stream()
                    .map(RegisteredSchool::urn).toList());
            if (!asked.containsAll(chosen.get())) {
                problems.add("chosen", text("returns.sample.error.chosenNotAsked"));
            }
        }
        if (samples.sampleFor(id).isPresent()) {
            problems.add("share", text("returns.sample.error.drawn"));
        }
        if (!problems.isEmpty()) {
            return show(id, form, problems, principal, model);
        }
        samples.draw(id, new SampleDraw.Rules(form.shareValue().get(), form.ticked(form.includeSchoolsOfConcern()),
                form.ticked(form.includeNonReturners()), form.ticked(form.excludePreviousYear())),
                form.seedBlank() ? null : form.seedValue().get(), chosen.get(), Acting.name(principal));
        return "redirect:/returns/" + id + "/sample";
    }

    @GetMapping("/returns/{id}/sample/check")
    String check(@PathVariable("id") long id, Model model) {
        ValidationSamples.Redraw redraw = samples.redraw(id);
        model.addAttribute("section", "returns");
        model.addAttribute("definition", returns.definition(id));
        model.addAttribute("redraw", redraw);
        model.addAttribute("names", names(returns.definition(id)));
        return "returns/sample-check";
    }

    @GetMapping("/returns/{id}/sample/schools/{urn}/visit")
    String visitForm(@PathVariable("id") long id, @PathVariable("urn") String urn, Model model) {
        return showVisit(id, Paths.urn(urn), new VisitForm(null, null, null, null, null), new FormProblems(), model);
    }

    @PostMapping("/returns/{id}/sample/schools/{urn}/visit")
    String visit(@PathVariable("id") long id, @PathVariable("urn") String urn, VisitForm form, Principal principal,
            Model model) {
        Urn school = Paths.urn(urn);
        FormProblems problems = new FormProblems();
        Optional<LocalDate> visited = DateBoxes.parse(form.visitedDay(), form.visitedMonth(), form.visitedYear());
        if (visited.isEmpty()) {
            problems.add("visitedDay", text("returns.visit.error.date"));
        } else if (visited.get().isAfter(returns.today())) {
            problems.add("visitedDay", text("returns.visit.error.future"));
        }
        Visit.Outcome outcome = Enums.parse(Visit.Outcome.class, form.outcome());
        if (outcome == null) {
            problems.add("outcome", text("returns.visit.error.outcome"));
        }
        if (form.findings() == null || form.findings().isBlank()) {
            problems.add("findings", text("returns.visit.error.findings"));
        } else if (form.findings().length() > 5000) {
            problems.add("findings", text("returns.visit.error.findingsTooLong"));
        }
        if (samples.visits(id).containsKey(school)) {
            problems.add("visitedDay", text("returns.visit.error.recorded"));
        }
        if (!problems.isEmpty()) {
            return showVisit(id, school, form, problems, model);
        }
        samples.recordVisit(id, school, visited.get(), outcome, form.findings(), Acting.name(principal));
        return "redirect:/returns/" + id + "/sample#school-" + school;
    }

    @PostMapping("/returns/{id}/full-audits")
    String openAudits(@PathVariable("id") long id, Principal principal) {
        Definition definition = returns.definition(id);
        if (!definition.overdueOn(returns.today())) {
            return "redirect:/returns/" + id + "?audits=not-overdue#full-audits";
        }
        int opened = samples.openAuditsForNonReturners(id, Acting.name(principal));
        return "redirect:/returns/" + id + "?audits=" + opened + "#full-audits";
    }

    @GetMapping("/returns/audits/{auditId}")
    String audit(@PathVariable("auditId") long auditId, Principal principal, Model model) {
        return showAudit(auditId, new AuditEntryForm(null, null, null, null, null), new FormProblems(), principal,
                model);
    }

    @PostMapping("/returns/audits/{auditId}/entries")
    String addEntry(@PathVariable("auditId") long auditId, AuditEntryForm form, Principal principal, Model model) {
        FullAudit audit = samples.audit(auditId);
        FormProblems problems = new FormProblems();
        FullAudit.Entry.Kind kind = Enums.parse(FullAudit.Entry.Kind.class, form.kind());
        if (kind == null) {
            problems.add("kind", text("returns.audit.error.kind"));
        }
        Optional<LocalDate> on = DateBoxes.parse(form.onDay(), form.onMonth(), form.onYear());
        if (on.isEmpty()) {
            problems.add("onDay", text("returns.audit.error.date"));
        } else if (on.get().isAfter(returns.today()) || on.get().isBefore(audit.openedOn())) {
            problems.add("onDay", text("returns.audit.error.dateRange"));
        }
        if (form.text() == null || form.text().isBlank()) {
            problems.add("text", text("returns.audit.error.text"));
        } else if (form.text().length() > 5000) {
            problems.add("text", text("returns.audit.error.textTooLong"));
        }
        if (!audit.open()) {
            problems.add("kind", text("returns.audit.error.closed"));
        }
        if (!problems.isEmpty()) {
            return showAudit(auditId, form, problems, principal, model);
        }
        samples.addAuditEntry(auditId, kind, on.get(), form.text(), Acting.name(principal));
        return "redirect:/returns/audits/" + auditId;
    }

    private String show(long id, SampleForm form, FormProblems problems, Principal principal, Model model) {
        Definition definition = returns.definition(id);
        model.addAttribute("section", "returns");
        model.addAttribute("definition", definition);
        model.addAttribute("sample", samples.sampleFor(id).orElse(null));
        model.addAttribute("visits", samples.visits(id));
        model.addAttribute("names", names(definition));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("manages", Acting.audits(principal));
        return "returns/sample";
    }

    private String showVisit(long id, Urn urn, VisitForm form, FormProblems problems, Model model) {
        Definition definition = returns.definition(id);
        Sample sample = samples.sampleFor(id).orElseThrow(() -> new ReturnNotFoundException(
                "Return " + id + " has no sample yet"));
        if (sample.sampled().stream().noneMatch(school -> school.urn().equals(urn))) {
            throw new ReturnNotFoundException("School " + urn + " is not in the sample");
        }
        model.addAttribute("section", "returns");
        model.addAttribute("definition", definition);
        model.addAttribute("urn", urn);
        model.addAttribute("schoolName", samples.schoolName(id, urn));
        model.addAttribute("visit", samples.visits(id).get(urn));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "returns/visit";
    }

    private String showAudit(long auditId, AuditEntryForm form, FormProblems problems, Principal principal,
            Model model) {
        FullAudit audit = samples.audit(auditId);
        model.addAttribute("section", "returns");
        model.addAttribute("audit", audit);
        model.addAttribute("definition", returns.definition(audit.definitionId()));
        model.addAttribute("schoolName", samples.schoolName(audit.definitionId(), audit.urn()));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("manages", Acting.audits(principal));
        return "returns/audit";
    }

    private Map<Urn, String> names(Definition definition) {
        Map<Urn, String> names = new LinkedHashMap<>();
        returns.asked(definition).forEach(school -> names.put(school.urn(), school.name()));
        return names;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.UK);
    }
}
