package org.schoolscope.returns.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.returns.Returns;
import org.schoolscope.returns.ValidationSamples;
import org.schoolscope.returns.domain.ChaseStep;
import org.schoolscope.returns.domain.CompletedBy;
import org.schoolscope.returns.domain.Completeness;
import org.schoolscope.returns.domain.Definition;
import org.schoolscope.returns.domain.NewDefinition;
import org.schoolscope.returns.domain.QuestionLines;
import org.schoolscope.returns.domain.ReadyMadeReturns;
import org.schoolscope.returns.domain.ReturnKind;
import org.schoolscope.returns.domain.Term;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;
import org.schoolscope.web.DateBoxes;
import org.schoolscope.web.FormProblems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The council's returns: the list (a headteacher's own school's returns, or every return with its completeness),
 * setting one up from a ready-made return or from scratch, and a return's overview: completeness by district and by
 * school, results compared with earlier returns of the same kind, the sample and the full audits. Post/Redirect/Get.
 */
@Controller
class ReturnsController {

    private final Returns returns;
    private final ValidationSamples samples;
    private final MessageSource messages;

    ReturnsController(Returns returns, ValidationSamples samples, MessageSource messages) {
        this.returns = returns;
        this.samples = samples;
        this.messages = messages;
    }

    @GetMapping("/returns")
    String list(Principal principal, ViewerScope viewer, Model model) {
        model.addAttribute("section", "returns");
        if (!viewer.seesEverySchool()) {
            model.addAttribute("schoolReturns", returns.forViewer());
            return "returns/school-returns";
        }
        Map<Definition, Completeness.Totals> definitions = new LinkedHashMap<>();
        for (Definition definition : returns.definitions()) {
            definitions.put(definition, returns.completeness(definition.id()).overall());
        }
        model.addAttribute("definitions", definitions);
        model.addAttribute("manages", Acting.manages(principal));
        model.addAttribute("today", returns.today());
        return "returns/list";
    }

    @GetMapping("/returns/new")
    String newReturn(@RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "choosing", required = false) String choosing, Model model) {
        ReturnKind chosen = Enums.parse(ReturnKind.class, kind);
        if (chosen == null) {
            model.addAttribute("section", "returns");
            model.addAttribute("kinds", ReturnKind.values());
            // The choice form says it was sent, so sending it with nothing chosen is told apart from arriving.
            model.addAttribute("problems", kind == null && choosing == null ? new FormProblems()
                    : new FormProblems().add("kind", text("returns.new.error.kind")));
            return "returns/choose";
        }
        ReadyMadeReturns.ReadyMade readyMade = ReadyMadeReturns.of(chosen);
        AcademicYear year = AcademicYear.containing(returns.today());
        Term term = readyMade.termly() ? currentTerm(returns.today()) : null;
        return showForm(new DefinitionForm(chosen.name(), ReadyMadeReturns.title(chosen, year, term), year.toString(),
                term == null ? "NONE" : term.name(), readyMade.schoolSet().name(), readyMade.completedBy().name(),
                null, null, null, readyMade.questions()), new FormProblems(), model);
    }

    @PostMapping("/returns")
    String create(DefinitionForm form, Principal principal, Model model) {
        FormProblems problems = new FormProblems();
        if (form.kindChoice() == null) {
            problems.add("kind", text("returns.new.error.kind"));
        }
        if (form.title() == null || form.title().isBlank()) {
            problems.add("title", text("returns.new.error.title"));
        } else if (form.title().length() > 200) {
            problems.add("title", text("returns.new.error.titleTooLong"));
        }
        if (form.year().isEmpty()) {
            problems.add("academicYear", text("returns.new.error.year"));
        }
        if (!form.termValid()) {
            problems.add("term", text("returns.new.error.term"));
        }
        if (form.schoolSetChoice() == null) {
            problems.add("schoolSet", text("returns.new.error.schoolSet"));
        }
        if (form.completedByChoice() == null) {
            problems.add("completedBy", text("returns.new.error.completedBy"));
        }
        Optional<LocalDate> due = DateBoxes.parse(form.dueDay(), form.dueMonth(), form.dueYear());
        if (due.isEmpty()) {
            problems.add("dueDay", text("returns.new.error.due"));
        }
        QuestionLines.Parsed questions = QuestionLines.parse(form.questions());
        for (QuestionLines.LineProblem problem : questions.problems()) {
            String line = text(problem.messageKey(), problem.arguments().toArray());
            problems.add("questions", problem.line() == 0 ? line : text("returns.questions.error.line",
                    problem.line(), line));
        }
        if (!problems.isEmpty()) {
            return showForm(form, problems, model);
        }
        Definition definition = returns.define(new NewDefinition(form.kindChoice(), form.title(), form.year().get(),
                form.termChoice(), form.schoolSetChoice(), form.completedByChoice(), due.get(),
                questions.questions()), Acting.name(principal));
        return "redirect:/returns/" + definition.id();
    }

    @GetMapping("/returns/{id}")
    String overview(@PathVariable("id") long id, Principal principal, Model model) {
        Completeness completeness = returns.completeness(id);
        model.addAttribute("section", "returns");
        model.addAttribute("definition", completeness.definition());
        model.addAttribute("completeness", completeness);
        model.addAttribute("results", returns.results(id));
        model.addAttribute("sample", samples.sampleFor(id).orElse(null));
        model.addAttribute("audits", samples.audits(id));
        model.addAttribute("names", names(completeness));
        model.addAttribute("manages", Acting.manages(principal));
        model.addAttribute("validates", Acting.audits(principal));
        model.addAttribute("questionLines", QuestionLines.write(completeness.definition().questions()));
        return "returns/return";
    }

    @GetMapping("/returns/{id}/chase-list")
    String chaseList(@PathVariable("id") long id, Principal principal, Model model) {
        return showChaseList(id, principal, new FormProblems(), null, model);
    }

    @PostMapping("/returns/{id}/schools/{urn}/chase")
    String chase(@PathVariable("id") long id, @PathVariable("urn") String urn,
            @RequestParam(name = "step", required = false) String step,
            @RequestParam(name = "note", required = false) String note, Principal principal, Model model) {
        Urn school = Paths.urn(urn);
        ChaseStep chosen = Enums.parse(ChaseStep.class, step);
        if (chosen == null) {
            return showChaseList(id, principal,
                    new FormProblems().add("step-" + school, text("returns.chase.error.step")), school, model);
        }
        if (note != null && note.length() > 2000) {
            return showChaseList(id, principal,
                    new FormProblems().add("note-" + school, text("returns.chase.error.noteTooLong")), school, model);
        }
        returns.chase(id, school, chosen, note, Acting.name(principal));
        return "redirect:/returns/" + id + "/chase-list#school-" + school;
    }

    private String showChaseList(long id, Principal principal, FormProblems problems, Urn failedSchool,
            Model model) {
        Completeness completeness = returns.completeness(id);
        model.addAttribute("section", "returns");
        model.addAttribute("definition", completeness.definition());
        model.addAttribute("chaseList", completeness.toChase());
        model.addAttribute("steps", ChaseStep.values());
        model.addAttribute("manages", Acting.manages(principal));
        model.addAttribute("problems", problems);
        model.addAttribute("failedSchool", failedSchool);
        model.addAttribute("today", returns.today());
        return "returns/chase-list";
    }

    private String showForm(DefinitionForm form, FormProblems problems, Model model) {
        model.addAttribute("section", "returns");
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", ReturnKind.values());
        model.addAttribute("terms", Term.values());
        model.addAttribute("schoolSets", SchoolSet.values());
        model.addAttribute("completedBys", CompletedBy.values());
        return "returns/new";
    }

    private static Map<Urn, String> names(Completeness completeness) {
        Map<Urn, String> names = new LinkedHashMap<>();
        completeness.schools().forEach(row -> names.put(row.urn(), row.name()));
        return names;
    }

    /** The term a day falls in, by the usual English term dates: autumn from September, spring from January. */
    static Term currentTerm(LocalDate day) {
        int month = day.getMonthValue();
        return month >= 9 ? Term.AUTUMN : month <= 3 ? Term.SPRING : Term.SUMMER;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.UK);
    }
}
