package org.schoolscope.casework.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schoolscope.casework.CaseNotFoundException;
import org.schoolscope.casework.CaseStepRefusedException;
import org.schoolscope.casework.Casework;
import org.schoolscope.casework.NewCase;
import org.schoolscope.casework.domain.CaseCategory;
import org.schoolscope.casework.domain.CaseFile;
import org.schoolscope.casework.domain.CaseKind;
import org.schoolscope.casework.domain.CaseworkReport;
import org.schoolscope.casework.domain.Channel;
import org.schoolscope.casework.domain.Outcome;
import org.schoolscope.casework.domain.Priority;
import org.schoolscope.casework.domain.Relationship;
import org.schoolscope.casework.domain.StepKind;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.shared.Urn;
import org.schoolscope.web.FormPage;
import org.schoolscope.web.FormPage.Field;
import org.schoolscope.web.FormPage.Option;
import org.schoolscope.web.FormProblems;
import org.schoolscope.web.FormValues;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Casework pages: the list of cases, logging a case, a case with its clocks and timeline, the steps a case worker
 * records, and the reports. Who raised a case comes from the query already protected for every role but case workers.
 */
@Controller
class CaseworkController {

    private final Casework casework;
    private final Words words;

    CaseworkController(Casework casework, Words words) {
        this.casework = casework;
        this.words = words;
    }

    @GetMapping("/casework")
    String list(Principal principal, Model model) {
        List<CaseFile> cases = casework.list(Acting.roles(principal), Acting.name(principal));
        model.addAttribute("section", "casework");
        model.addAttribute("cases", cases);
        model.addAttribute("today", casework.today());
        model.addAttribute("workingDays", casework.workingDays());
        model.addAttribute("works", Acting.works(principal));
        return "casework/list";
    }

    @GetMapping("/casework/cases/{id}")
    String view(@PathVariable("id") long id, Principal principal, Model model) {
        CaseFile file = casework.read(id, Acting.roles(principal), Acting.name(principal));
        model.addAttribute("section", "casework");
        model.addAttribute("file", file);
        model.addAttribute("schools", casework.schools(Set.copyOf(file.schools())));
        model.addAttribute("acknowledgement", file.acknowledgement(casework.today(), casework.workingDays()));
        model.addAttribute("response", file.response(casework.today(), casework.workingDays()));
        model.addAttribute("works", Acting.works(principal));
        model.addAttribute("steps", StepKind.values());
        return "casework/case";
    }

    @GetMapping("/casework/cases/new")
    String newCase(Model model) {
        return show(casePage(FormValues.date("received", casework.today()), new FormProblems()), model);
    }

    @PostMapping("/casework/cases/new")
    String log(@RequestParam MultiValueMap<String, String> posted, Principal principal, Model model) {
        FormValues form = new FormValues(posted);
        FormProblems problems = new FormProblems();
        CaseKind kind = parse(CaseKind.class, form.text("kind"));
        if (kind == null) {
            problems.add("kind", words.get("casework.error.kind"));
        }
        CaseCategory category = parse(CaseCategory.class, form.text("category"));
        if (category == null) {
            problems.add("category", words.get("casework.error.category"));
        }
        Channel channel = parse(Channel.class, form.text("channel"));
        if (channel == null) {
            problems.add("channel", words.get("casework.error.channel"));
        }
        Optional<LocalDate> received = form.date("received");
        if (received.isEmpty()) {
            problems.add("receivedDay", words.get("casework.error.date"));
        } else if (received.get().isAfter(casework.today())) {
            problems.add("receivedDay", words.get("casework.error.future"));
        }
        Set<Urn> schools = new HashSet<>();
        String urns = form.text("schools");
        if (urns != null) {
            try {
                for (String part : urns.split("[\\s,]+")) {
                    schools.add(Urn.parse(part));
                }
                Map<Urn, RegisteredSchool> known = casework.schools(schools);
                if (!known.keySet().containsAll(schools)) {
                    problems.add("schools", words.get("casework.error.unknownSchool"));
                }
            } catch (IllegalArgumentException notAUrn) {
                problems.add("schools", words.get("casework.error.schools"));
            }
        }
        String summary = form.text("summary");
        if (summary == null) {
            problems.add("summary", words.get("casework.error.summary"));
        } else if (summary.length() > 5000) {
            problems.add("summary", words.get("casework.error.tooLong", 5000));
        }
        String anonymous = form.text("anonymous");
        if (!"yes".equals(anonymous) && !"no".equals(anonymous)) {
            problems.add("anonymous", words.get("casework.error.anonymous"));
        }
        String name = form.text("name");
        if ("no".equals(anonymous) && name == null) {
            problems.add("name", words.get("casework.error.name"));
        } else if (name != null && name.length() > 200) {
            problems.add("name", words.get("casework.error.tooLong", 200));
        }
        String contact = form.text("contact");
        if (contact != null && contact.length() > 500) {
            problems.add("contact", words.get("casework.error.tooLong", 500));
        }
        Relationship relationship = parse(Relationship.class, form.text("relationship"));
        if (relationship == null) {
            problems.add("relationship", words.get("casework.error.relationship"));
        }
        if (!problems.isEmpty()) {
            return show(casePage(form.typed(), problems), model);
        }
        CaseFile file = casework.log(new NewCase(kind, channel, category, received.get(), summary, schools,
                "yes".equals(anonymous), name, contact, relationship), Acting.name(principal));
        return "redirect:/casework/cases/" + file.id();
    }

    @GetMapping("/casework/cases/{id}/{step}")
    String stepForm(@PathVariable("id") long id, @PathVariable("step") String slug, Principal principal,
            Model model) {
        StepKind step = step(slug);
        CaseFile file = casework.read(id, Acting.roles(principal), Acting.name(principal));
        return show(stepPage(file, step, FormValues.date("on", casework.today()), new FormProblems()), model);
    }

    @PostMapping("/casework/cases/{id}/{step}")
    String record(@PathVariable("id") long id, @PathVariable("step") String slug,
            @RequestParam MultiValueMap<String, String> posted, Principal principal, Model model) {
        StepKind step = step(slug);
        CaseFile file = casework.read(id, Acting.roles(principal), Acting.name(principal));
        FormValues form = new FormValues(posted);
        FormProblems problems = new FormProblems();
        Optional<LocalDate> on = form.date("on");
        if (on.isEmpty()) {
            problems.add("onDay", words.get("casework.error.date"));
        }
        String detail = form.text("detail");
        String value = form.text("value");
        if (detail != null && detail.length() > 5000) {
            problems.add("detail", words.get("casework.error.tooLong", 5000));
        }
        if (value != null && value.length() > 200) {
            problems.add("value", words.get("casework.error.tooLong", 200));
        }
        switch (step) {
            case TRIAGED -> {
                if (parse(Priority.class, value) == null) {
                    problems.add("value", words.get("casework.error.priority"));
                }
                if (detail == null) {
                    problems.add("detail", words.get("casework.error.detail"));
                }
            }
            case ASSIGNED -> {
                if (value == null) {
                    problems.add("value", words.get("casework.error.assignee"));
                }
            }
            case CLOSED -> {
                if (parse(Outcome.class, value) == null) {
                    problems.add("value", words.get("casework.error.outcome"));
                }
                if (detail == null) {
                    problems.add("detail", words.get("casework.error.detail"));
                }
            }
            case REFERRED_SAFEGUARDING -> {
                if (value == null) {
                    problems.add("value", words.get("casework.error.referredTo"));
                }
            }
            case REFERRED_SOFT_INTELLIGENCE -> {
                if (detail == null) {
                    problems.add("detail", words.get("casework.error.note"));
                }
                if (!"yes".equals(value) && !"no".equals(value)) {
                    problems.add("value", words.get("casework.error.crisis"));
                }
            }
            case ACTION, RESPONDED -> {
                if (detail == null) {
                    problems.add("detail", words.get("casework.error.detail"));
                }
            }
            case ACKNOWLEDGED -> {
                // The day is all an acknowledgement needs; how it was sent is optional.
            }
            default -> throw new IllegalStateException("Unknown step " + step);
        }
        if (on.isPresent() && problems.isEmpty()) {
            try {
                if (step == StepKind.REFERRED_SOFT_INTELLIGENCE) {
                    casework.referToSoftIntelligence(id, on.get(), detail, "yes".equals(value),
                            Acting.name(principal));
                } else {
                    casework.record(id, step, on.get(), detail, value, Acting.name(principal));
                }
                return "redirect:/casework/cases/" + id + "#timeline";
            } catch (CaseStepRefusedException refused) {
                problems.add("onDay", words.get(refused.messageKey()));
            }
        }
        return show(stepPage(file, step, form.typed(), problems), model);
    }

    @GetMapping("/casework/reports")
    String report(@RequestParam MultiValueMap<String, String> query, Model model) {
        LocalDate today = casework.today();
        FormValues form = new FormValues(query);
        FormProblems problems = new FormProblems();
        LocalDate from = org.schoolscope.shared.AcademicYear.containing(today).firstDay();
        LocalDate to = today;
        Map<String, String> values = new HashMap<>();
        if (!form.dateBlank("from") || !form.dateBlank("to")) {
            values.putAll(form.typed());
            Optional<LocalDate> chosenFrom = form.date("from");
            Optional<LocalDate> chosenTo = form.date("to");
            if (chosenFrom.isEmpty()) {
                problems.add("fromDay", words.get("casework.error.date"));
            }
            if (chosenTo.isEmpty()) {
                problems.add("toDay", words.get("casework.error.date"));
            }
            if (chosenFrom.isPresent() && chosenTo.isPresent()) {
                if (chosenTo.get().isBefore(chosenFrom.get())) {
                    problems.add("toDay", words.get("casework.error.period"));
                } else {
                    from = chosenFrom.get();
                    to = chosenTo.get();
                }
            }
        } else {
            values.putAll(FormValues.date("from", from));
            values.putAll(FormValues.date("to", to));
        }
        CaseworkReport report = casework.report(from, to);
        model.addAttribute("section", "casework");
        model.addAttribute("report", report);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        return "casework/report";
    }

    private FormPage casePage(Map<String, String> values, FormProblems problems) {
        return new FormPage("casework", words.get("casework.new.title"), null, words.get("casework.new.intro"),
                "/casework/cases/new", words.get("casework.new.save"), "/casework", words.get("casework.backToList"),
                List.of(Field.radios("kind", words.get("casework.field.kind"), "", options(CaseKind.values(),
                        "casework.kind.")),
                        Field.radios("category", words.get("casework.field.category"), "",
                                options(CaseCategory.values(), "casework.category.")),
                        Field.radios("channel", words.get("casework.field.channel"), "",
                                options(Channel.values(), "casework.channel.")),
                        Field.date("received", words.get("casework.field.received"), words.get("casework.dateHint")),
                        Field.text("schools", words.get("casework.field.schools"),
                                words.get("casework.field.schoolsHint")),
                        Field.textarea("summary", words.get("casework.field.summary"),
                                words.get("casework.field.summaryHint")),
                        Field.radios("anonymous", words.get("casework.field.anonymous"), "", List.of(
                                Option.of("no", words.get("casework.field.named")),
                                Option.of("yes", words.get("casework.field.isAnonymous")))),
                        Field.text("name", words.get("casework.field.name"), words.get("casework.field.nameHint")),
                        Field.text("contact", words.get("casework.field.contact"), ""),
                        Field.radios("relationship", words.get("casework.field.relationship"), "",
                                options(Relationship.values(), "casework.relationship."))),
                values, problems);
    }

    private FormPage stepPage(CaseFile file, StepKind step, Map<String, String> values, FormProblems problems) {
        List<Field> fields = new ArrayList<>();
        fields.add(Field.date("on", words.get("casework.step.on"), words.get("casework.dateHint")));
        switch (step) {
            case TRIAGED -> {
                fields.add(Field.radios("value", words.get("casework.step.priority"), "",
                        options(Priority.values(), "casework.priority.")));
                fields.add(Field.textarea("detail", words.get("casework.step.triage"), ""));
            }
            case ASSIGNED -> {
                fields.add(Field.text("value", words.get("casework.step.assignee"),
                        words.get("casework.step.assigneeHint")));
                fields.add(Field.textarea("detail", words.get("casework.step.note"), ""));
            }
            case ACKNOWLEDGED -> fields.add(Field.textarea("detail", words.get("casework.step.how"), ""));
            case ACTION -> fields.add(Field.textarea("detail", words.get("casework.step.action"), ""));
            case RESPONDED -> fields.add(Field.textarea("detail", words.get("casework.step.response"),
                    words.get("casework.step.responseHint")));
            case CLOSED -> {
                fields.add(Field.radios("value", words.get("casework.step.outcome"), "",
                        options(Outcome.values(), "casework.outcome.")));
                fields.add(Field.textarea("detail", words.get("casework.step.closeReason"), ""));
            }
            case REFERRED_SOFT_INTELLIGENCE -> {
                fields.add(Field.textarea("detail", words.get("casework.step.softNote"),
                        words.get("casework.step.softNoteHint")));
                fields.add(Field.radios("value", words.get("casework.step.crisis"), "", List.of(
                        Option.of("yes", words.get("casework.yes")), Option.of("no", words.get("casework.no")))));
            }
            case REFERRED_SAFEGUARDING -> {
                fields.add(Field.text("value", words.get("casework.step.referredTo"),
                        words.get("casework.step.referredToHint")));
                fields.add(Field.text("detail", words.get("casework.step.reference"), ""));
            }
            default -> throw new IllegalStateException("Unknown step " + step);
        }
        return new FormPage("casework", words.get("casework.step." + step.name()), file.reference(), null,
                "/casework/cases/" + file.id() + "/" + step.slug(), words.get("casework.step.save"),
                "/casework/cases/" + file.id(), words.get("casework.backToCase"), fields, values, problems);
    }

    private <E extends Enum<E>> List<Option> options(E[] values, String prefix) {
        List<Option> options = new ArrayList<>();
        for (E value : values) {
            options.add(Option.of(value.name(), words.get(prefix + value.name())));
        }
        return options;
    }

    private static StepKind step(String slug) {
        return StepKind.bySlug(slug).orElseThrow(() -> new CaseNotFoundException(
                "No step '" + slug + "'"));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String show(FormPage page, Model model) {
        model.addAttribute("section", page.section());
        model.addAttribute("page", page);
        return "form-page";
    }
}
