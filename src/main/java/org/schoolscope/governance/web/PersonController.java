package org.schoolscope.governance.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.governance.Governance;
import org.schoolscope.governance.domain.Appointment;
import org.schoolscope.governance.domain.Interest;
import org.schoolscope.governance.domain.Person;
import org.schoolscope.governance.domain.TwoSchoolLimit;
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

/** A governor as one person across schools: their records, appointments, declared interests and training. */
@Controller
class PersonController {

    private final Governance governance;
    private final Words words;

    PersonController(Governance governance, Words words) {
        this.governance = governance;
        this.words = words;
    }

    @GetMapping("/governance/people/{id}")
    String person(@PathVariable("id") long id, Principal principal, Model model) {
        Person person = governance.person(id, Acting.name(principal));
        Map<Urn, String> names = new HashMap<>();
        person.appointments().forEach(appointment -> names.put(appointment.urn(),
                governance.school(appointment.urn()).name()));
        person.interests().stream().filter(interest -> interest.urn() != null)
                .forEach(interest -> names.put(interest.urn(), governance.school(interest.urn()).name()));
        LocalDate today = governance.today();
        long current = person.appointments().stream().filter(appointment -> appointment.activeOn(today))
                .map(Appointment::urn).distinct().count();
        model.addAttribute("section", "governance");
        model.addAttribute("person", person);
        model.addAttribute("names", names);
        model.addAttribute("today", today);
        model.addAttribute("currentSchools", current);
        model.addAttribute("overLimit", TwoSchoolLimit.over((int) current));
        model.addAttribute("keeps", Acting.keeps(principal));
        return "governance/person";
    }

    @GetMapping("/governance/people/{id}/interests/new")
    String interestForm(@PathVariable("id") long id, Principal principal, Model model) {
        Person person = governance.person(id, Acting.name(principal));
        return show(interestPage(person, FormValues.date("declared", governance.today()), new FormProblems()), model);
    }

    @PostMapping("/governance/people/{id}/interests/new")
    String declare(@PathVariable("id") long id, @RequestParam MultiValueMap<String, String> posted,
            Principal principal, Model model) {
        Person person = governance.person(id, Acting.name(principal));
        FormValues form = new FormValues(posted);
        FormProblems problems = new FormProblems();
        Interest.Kind kind = kind(form.text("kind"));
        if (kind == null) {
            problems.add("kind", words.get("governance.error.interestKind"));
        }
        String description = form.text("description");
        if (description == null) {
            problems.add("description", words.get("governance.error.description"));
        } else if (description.length() > 2000) {
            problems.add("description", words.get("governance.error.tooLong", 2000));
        }
        Optional<LocalDate> declared = form.date("declared");
        if (declared.isEmpty()) {
            problems.add("declaredDay", words.get("governance.error.date"));
        } else if (declared.get().isAfter(governance.today())) {
            problems.add("declaredDay", words.get("governance.error.future"));
        }
        Urn school = null;
        String schoolChoice = form.text("school");
        if (schoolChoice != null) {
            school = person.appointments().stream().map(Appointment::urn)
                    .filter(urn -> urn.toString().equals(schoolChoice)).findFirst().orElse(null);
            if (school == null) {
                problems.add("school", words.get("governance.error.school"));
            }
        }
        if (!problems.isEmpty()) {
            return show(interestPage(person, form.typed(), problems), model);
        }
        governance.declareInterest(id, school, kind, description, declared.get(), Acting.name(principal));
        return "redirect:/governance/people/" + id + "#interests";
    }

    @GetMapping("/governance/people/{id}/training/new")
    String trainingForm(@PathVariable("id") long id, Principal principal, Model model) {
        Person person = governance.person(id, Acting.name(principal));
        return show(trainingPage(person, FormValues.date("completed", governance.today()), new FormProblems()),
                model);
    }

    @PostMapping("/governance/people/{id}/training/new")
    String train(@PathVariable("id") long id, @RequestParam MultiValueMap<String, String> posted,
            Principal principal, Model model) {
        Person person = governance.person(id, Acting.name(principal));
        FormValues form = new FormValues(posted);
        FormProblems problems = new FormProblems();
        String course = form.text("course");
        if (course == null) {
            problems.add("course", words.get("governance.error.course"));
        } else if (course.length() > 200) {
            problems.add("course", words.get("governance.error.tooLong", 200));
        }
        Optional<LocalDate> completed = form.date("completed");
        if (completed.isEmpty()) {
            problems.add("completedDay", words.get("governance.error.date"));
        } else if (completed.get().isAfter(governance.today())) {
            problems.add("completedDay", words.get("governance.error.future"));
        }
        if (!problems.isEmpty()) {
            return show(trainingPage(person, form.typed(), problems), model);
        }
        governance.recordTraining(id, course, completed.get(), Acting.name(principal));
        return "redirect:/governance/people/" + id + "#training";
    }

    private FormPage interestPage(Person person, Map<String, String> values, FormProblems problems) {
        List<Option> kinds = new ArrayList<>();
        for (Interest.Kind kind : Interest.Kind.values()) {
            kinds.add(Option.of(kind.name(), words.get("governance.interest." + kind.name())));
        }
        List<Option> schools = new ArrayList<>();
        schools.add(Option.of("", words.get("governance.field.anySchool")));
        person.appointments().stream().map(Appointment::urn).distinct().forEach(urn -> schools.add(Option.of(
                urn.toString(), governance.school(urn).name())));
        return page(person, words.get("governance.interest.title"), "/governance/people/" + person.id()
                + "/interests/new", words.get("governance.interest.save"),
                List.of(Field.radios("kind", words.get("governance.field.interestKind"), "", kinds),
                        Field.textarea("description", words.get("governance.field.description"),
                                words.get("governance.field.descriptionHint")),
                        Field.select("school", words.get("governance.field.declaredAt"), "", schools),
                        Field.date("declared", words.get("governance.field.declaredOn"),
                                words.get("governance.dateHint"))),
                values, problems);
    }

    private FormPage trainingPage(Person person, Map<String, String> values, FormProblems problems) {
        return page(person, words.get("governance.training.title"), "/governance/people/" + person.id()
                + "/training/new", words.get("governance.training.save"),
                List.of(Field.text("course", words.get("governance.field.course"),
                        words.get("governance.field.courseHint")),
                        Field.date("completed", words.get("governance.field.completedOn"),
                                words.get("governance.dateHint"))),
                values, problems);
    }

    private FormPage page(Person person, String title, String action, String save, List<Field> fields,
            Map<String, String> values, FormProblems problems) {
        return new FormPage("governance", title, person.name(), null, action, save,
                "/governance/people/" + person.id(), words.get("governance.backToPerson"), fields, values, problems);
    }

    private static Interest.Kind kind(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Interest.Kind.valueOf(name);
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
