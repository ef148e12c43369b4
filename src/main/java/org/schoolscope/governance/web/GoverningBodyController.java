package org.schoolscope.governance.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schoolscope.governance.Governance;
import org.schoolscope.governance.GovernanceNotFoundException;
import org.schoolscope.governance.domain.Appointment;
import org.schoolscope.governance.domain.Candidate;
import org.schoolscope.governance.domain.GovernorCategory;
import org.schoolscope.governance.domain.GoverningBody;
import org.schoolscope.governance.domain.NewAppointment;
import org.schoolscope.governance.domain.Vacancy;
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
 * A school's governing body and the one-question forms that keep it: entering a governor (with the officer asked to
 * confirm any person already on the register they may be), ending an appointment, recording and filling vacancies,
 * the chair, vice-chair and clerk, and the website check. Post/Redirect/Get.
 */
@Controller
class GoverningBodyController {

    private final Governance governance;
    private final Words words;

    GoverningBodyController(Governance governance, Words words) {
        this.governance = governance;
        this.words = words;
    }

    @GetMapping("/governance/schools/{urn}")
    String school(@PathVariable("urn") String urn, Principal principal, Model model) {
        Urn school = Acting.urn(urn);
        RegisteredSchool registered = governance.school(school);
        GoverningBody body = governance.governingBody(school, Acting.name(principal));
        Set<Urn> others = new HashSet<>();
        body.schoolsOfGovernors().values().forEach(others::addAll);
        Map<Urn, String> names = new HashMap<>();
        others.forEach(other -> names.put(other, governance.school(other).name()));
        model.addAttribute("section", "governance");
        model.addAttribute("school", registered);
        model.addAttribute("body", body);
        model.addAttribute("names", names);
        model.addAttribute("keeps", Acting.keeps(principal));
        model.addAttribute("readsPeople", Acting.readsPeople(principal));
        return "governance/school";
    }

    @GetMapping("/governance/schools/{urn}/governors/new")
    String newGovernor(@PathVariable("urn") String urn, Model model) {
        Urn school = Acting.urn(urn);
        governance.school(school);
        return show(appointmentForm(school, Map.of(), new FormProblems(), List.of()), model);
    }

    @PostMapping("/governance/schools/{urn}/governors/new")
    String appoint(@PathVariable("urn") String urn, @RequestParam MultiValueMap<String, String> posted,
            Principal principal, Model model) {
        Urn school = Acting.urn(urn);
        FormValues form = new FormValues(posted);
        FormProblems problems = new FormProblems();
        String name = form.text("fullName");
        if (name == null) {
            problems.add("fullName", words.get("governance.error.fullName"));
        } else if (name.length() > 200) {
            problems.add("fullName", words.get("governance.error.tooLong", 200));
        }
        String email = form.text("email");
        if (email != null && (!email.contains("@") || email.length() > 200)) {
            problems.add("email", words.get("governance.error.email"));
        }
        String postcode = form.text("postcode");
        if (postcode != null && postcode.length() > 10) {
            problems.add("postcode", words.get("governance.error.postcode"));
        }
        GovernorCategory category = category(form.text("category"));
        if (category == null) {
            problems.add("category", words.get("governance.error.category"));
        }
        String body = form.text("appointingBody");
        if (body == null) {
            problems.add("appointingBody", words.get("governance.error.appointingBody"));
        } else if (body.length() > 200) {
            problems.add("appointingBody", words.get("governance.error.tooLong", 200));
        }
        Optional<LocalDate> start = form.date("termStart");
        if (start.isEmpty()) {
            problems.add("termStartDay", words.get("governance.error.termStart"));
        }
        Optional<LocalDate> end = form.date("termEnd");
        if (!form.dateBlank("termEnd") && end.isEmpty()) {
            problems.add("termEndDay", words.get("governance.error.termEnd"));
        } else if (end.isPresent() && start.isPresent() && end.get().isBefore(start.get())) {
            problems.add("termEndDay", words.get("governance.error.termEndBeforeStart"));
        }
        if (!problems.isEmpty()) {
            return show(appointmentForm(school, form.typed(), problems, List.of()), model);
        }
        List<Candidate> candidates = governance.candidates(name, email, postcode, Acting.name(principal));
        String choice = form.text("samePerson");
        Candidate chosen = null;
        if (!candidates.isEmpty()) {
            if (choice == null) {
                return show(appointmentForm(school, form.typed(), problems, candidates), model);
            }
            chosen = candidates.stream().filter(candidate -> Long.toString(candidate.personId()).equals(choice))
                    .findFirst().orElse(null);
            if (chosen == null && !choice.equals("new")) {
                problems.add("samePerson", words.get("governance.error.samePerson"));
                return show(appointmentForm(school, form.typed(), problems, candidates), model);
            }
        }
        governance.appoint(school, new NewAppointment(name, email, postcode, category, body, start.get(),
                end.orElse(null)), chosen == null ? null : chosen.personId(),
                chosen == null ? null : chosen.explanation(), Acting.name(principal));
        return "redirect:/governance/schools/" + school + "#governors";
    }

    @GetMapping("/governance/schools/{urn}/appointments/{id}/end")
    String endForm(@PathVariable("urn") String urn, @PathVariable("id") long id, Principal principal, Model model) {
        Urn school = Acting.urn(urn);
        return show(endPage(school, appointment(school, id, principal), FormValues.date("ended",
                governance.today()), new FormProblems()), model);
    }

    @PostMapping("/governance/schools/{urn}/appointments/{id}/end")
    String end(@PathVariable("urn") String urn, @PathVariable("id") long id,
            @RequestParam MultiValueMap<String, String> posted, Principal principal, Model model) {
        Urn school = Acting.urn(urn);
        Appointment appointment = appointment(school, id, principal);
        FormValues form = new FormValues(posted);
        FormProblems problems = new FormProblems();
        Optional<LocalDate> ended = form.date("ended");
        if (ended.isEmpty()) {
            problems.add("endedDay", words.get("governance.error.date"));
        } else if (ended.get().isBefore(appointment.termStart())) {
            problems.add("endedDay", words.get("governance.error.endBeforeStart"));
        }
        String reason = form.text("reason");
        if (reason == null) {
            problems.add("reason", words.get("governance.error.reason"));
        } else if (reason.length() > 2000) {
            problems.add("reason", words.get("governance.error.tooLong", 2000));
        }
        if (appointment.endedOn() != null) {
            problems.add("endedDay", words.get("governance.error.alreadyEnded"));
        }
        if (!problems.isEmpty()) {
            return show(endPage(school, appointment, form.typed(), problems), model);
        }
        governance.endAppointment(school, id, ended.get(), reason, Acting.name(principal));
        return "redirect:/governance/schools/" + school + "#governors";
    }

    @GetMapping("/governance/schools/{urn}/vacancies/new")
    String vacancyForm(@PathVariable("urn") String urn, Model model) {
        Urn school = Acting.urn(urn);
        governance.school(school);
        return show(vacancyPage(school, FormValues.date("opened", governance.today()), new FormProblems()), model);
    }

    @PostMapping("/governance/schools/{urn}/vacancies/new")
    String recordVacancy(@PathVariable("urn") String urn, @RequestParam MultiValueMap<String, String> posted,
            Principal principal, Model model) {
        Urn school = Acting.urn(urn);
        governance.school(school);
        FormValues form = new FormValues(posted);
        FormProblems problems = new FormProblems();
        GovernorCategory category = category(form.text("category"));
        if (category == null) {
            problems.add("category", words.get("governance.error.category"));
        }
        Optional<LocalDate> opened = form.date("opened");
        if (opened.isEmpty()) {
            problems.add("openedDay", words.get("governance.error.date"));
        } else if (opened.get().isAfter(governance.today())) {
            problems.add("openedDay", words.get("governance.error.future"));
        }
        if (!problems.isEmpty()) {
            return show(vacancyPage(school, form.typed(), problems), model);
        }
        governance.recordVacancy(school, category, opened.get(), Acting.name(principal));
        return "redirect:/governance/schools/" + school + "#vacancies";
    }

    @GetMapping("/governance/schools/{urn}/vacancies/{id}/fill")
    String fillForm(@PathVariable("urn") String urn, @PathVariable("id") long id, Principal principal, Model model) {
        Urn school = Acting.urn(urn);
        return show(fillPage(school, vacancy(school, id, principal), FormValues.date("filled", governance.today()),
                new FormProblems()), model);
    }

    @PostMapping("/governance/schools/{urn}/vacancies/{id}/fill")
    String fill(@PathVariable("urn") String urn, @PathVariable("id") long id,
            @RequestParam MultiValueMap<String, String> posted, Principal principal, Model model) {
        Urn school = Acting.urn(urn);
        Vacancy vacancy = vacancy(school, id, principal);
        FormValues form = new FormValues(posted);
        FormProblems problems = new FormProblems();
        Optional<LocalDate> filled = form.date("filled");
        if (filled.isEmpty()) {
            problems.add("filledDay", words.get("governance.error.date"));
        } else if (filled.get().isBefore(vacancy.openedOn()) || filled.get().isAfter(governance.today())) {
            problems.add("filledDay", words.get("governance.error.fillDate"));
        }
        if (vacancy.filledOn() != null) {
            problems.add("filledDay", words.get("governance.error.alreadyFilled"));
        }
        if (!problems.isEmpty()) {
            return show(fillPage(school, vacancy, form.typed(), problems), model);
        }
        governance.fillVacancy(school, id, filled.get(), Acting.name(principal));
        return "redirect:/governance/schools/" + school + "#vacancies";
    }

    @GetMapping("/governance/schools/{urn}/officers")
    String officersForm(@PathVariable("urn") String urn, Principal principal, Model model) {
        Urn school = Acting.urn(urn);
        GoverningBody body = governance.governingBody(school, Acting.name(principal));
        Map<String, String> values = new HashMap<>(FormValues.date("from", governance.today()));
        values.put("chair", body.chair() == null ? "" : Long.toString(body.chair().id()));
        values.put("viceChair", body.viceChair() == null ? "" : Long.toString(body.viceChair().id()));
        if (body.clerk() != null) {
            values.put("clerkName", body.clerk().name());
            values.put("clerkEmail", body.clerk().email());
        }
        return show(officersPage(school, body, values, new FormProblems()), model);
    }

    @PostMapping("/governance/schools/{urn}/officers")
    String officers(@PathVariable("urn") String urn, @RequestParam MultiValueMap<String, String> posted,
            Principal principal, Model model) {
        Urn school = Acting.urn(urn);
        GoverningBody body = governance.governingBody(school, Acting.name(principal));
        FormValues form = new FormValues(posted);
        FormProblems problems = new FormProblems();
        Optional<LocalDate> from = form.date("from");
        if (from.isEmpty()) {
            problems.add("fromDay", words.get("governance.error.date"));
        }
        Appointment chair = holder(body, form.text("chair"));
        Appointment viceChair = holder(body, form.text("viceChair"));
        if (form.text("chair") != null && chair == null) {
            problems.add("chair", words.get("governance.error.holder"));
        }
        if (form.text("viceChair") != null && viceChair == null) {
            problems.add("viceChair", words.get("governance.error.holder"));
        }
        if (chair != null && viceChair != null && chair.id() == viceChair.id()) {
            problems.add("viceChair", words.get("governance.error.sameHolder"));
        }
        String clerk = form.text("clerkName");
        String clerkEmail = form.text("clerkEmail");
        if (clerkEmail != null && (!clerkEmail.contains("@") || clerkEmail.length() > 200)) {
            problems.add("clerkEmail", words.get("governance.error.email"));
        }
        if (clerk != null && clerk.length() > 200) {
            problems.add("clerkName", words.get("governance.error.tooLong", 200));
        }
        if (!problems.isEmpty()) {
            return show(officersPage(school, body, form.typed(), problems), model);
        }
        String actor = Acting.name(principal);
        if (chair != null && (body.chair() == null || body.chair().id() != chair.id())) {
            governance.setRole(school, "CHAIR", chair.id(), from.get(), actor);
        }
        if (viceChair != null && (body.viceChair() == null || body.viceChair().id() != viceChair.id())) {
            governance.setRole(school, "VICE_CHAIR", viceChair.id(), from.get(), actor);
        }
        if (clerk != null && (body.clerk() == null || !body.clerk().name().equals(clerk)
                || !body.clerk().email().equals(clerkEmail == null ? "" : clerkEmail))) {
            governance.setClerk(school, clerk, clerkEmail, from.get(), actor);
        }
        return "redirect:/governance/schools/" + school;
    }

    @GetMapping("/governance/schools/{urn}/website-check")
    String websiteForm(@PathVariable("urn") String urn, Model model) {
        Urn school = Acting.urn(urn);
        governance.school(school);
        return show(websitePage(school, FormValues.date("checked", governance.today()), new FormProblems()), model);
    }

    @PostMapping("/governance/schools/{urn}/website-check")
    String checkWebsite(@PathVariable("urn") String urn, @RequestParam MultiValueMap<String, String> posted,
            Principal principal, Model model) {
        Urn school = Acting.urn(urn);
        governance.school(school);
        FormValues form = new FormValues(posted);
        FormProblems problems = new FormProblems();
        Optional<LocalDate> checked = form.date("checked");
        if (checked.isEmpty()) {
            problems.add("checkedDay", words.get("governance.error.date"));
        } else if (checked.get().isAfter(governance.today())) {
            problems.add("checkedDay", words.get("governance.error.future"));
        }
        String published = form.text("published");
        if (!"yes".equals(published) && !"no".equals(published)) {
            problems.add("published", words.get("governance.error.published"));
        }
        String note = form.text("note");
        if (note != null && note.length() > 2000) {
            problems.add("note", words.get("governance.error.tooLong", 2000));
        }
        if (!problems.isEmpty()) {
            return show(websitePage(school, form.typed(), problems), model);
        }
        governance.checkWebsite(school, checked.get(), "yes".equals(published), note, Acting.name(principal));
        return "redirect:/governance/schools/" + school;
    }

    private FormPage appointmentForm(Urn school, Map<String, String> values, FormProblems problems,
            List<Candidate> candidates) {
        List<Field> fields = new ArrayList<>(List.of(
                Field.text("fullName", words.get("governance.field.fullName"), ""),
                Field.text("email", words.get("governance.field.email"), words.get("governance.field.emailHint")),
                Field.text("postcode", words.get("governance.field.postcode"),
                        words.get("governance.field.postcodeHint")),
                Field.radios("category", words.get("governance.field.category"), "", categories()),
                Field.text("appointingBody", words.get("governance.field.appointingBody"),
                        words.get("governance.field.appointingBodyHint")),
                Field.date("termStart", words.get("governance.field.termStart"), words.get("governance.dateHint")),
                Field.date("termEnd", words.get("governance.field.termEnd"),
                        words.get("governance.field.termEndHint"))));
        String intro = null;
        if (!candidates.isEmpty()) {
            List<Option> options = new ArrayList<>();
            for (Candidate candidate : candidates) {
                options.add(new Option(Long.toString(candidate.personId()), words.get("governance.match.same",
                        candidate.name(), schoolNames(candidate.schools())), candidate.explanation()));
            }
            options.add(Option.of("new", words.get("governance.match.different")));
            fields.add(Field.radios("samePerson", words.get("governance.match.question"),
                    words.get("governance.match.hint"), options));
            intro = words.get("governance.match.intro");
        }
        return page(school, words.get("governance.newGovernor.title"), intro,
                "/governance/schools/" + school + "/governors/new", words.get("governance.newGovernor.save"), fields,
                values, problems);
    }

    private FormPage endPage(Urn school, Appointment appointment, Map<String, String> values, FormProblems problems) {
        return page(school, words.get("governance.end.title", appointment.fullName()),
                words.get("governance.end.intro"),
                "/governance/schools/" + school + "/appointments/" + appointment.id() + "/end",
                words.get("governance.end.save"),
                List.of(Field.date("ended", words.get("governance.field.endedOn"), words.get("governance.dateHint")),
                        Field.textarea("reason", words.get("governance.field.endReason"),
                                words.get("governance.field.endReasonHint"))),
                values, problems);
    }

    private FormPage vacancyPage(Urn school, Map<String, String> values, FormProblems problems) {
        return page(school, words.get("governance.vacancy.title"), null,
                "/governance/schools/" + school + "/vacancies/new", words.get("governance.vacancy.save"),
                List.of(Field.radios("category", words.get("governance.field.vacancyCategory"), "", categories()),
                        Field.date("opened", words.get("governance.field.openedOn"),
                                words.get("governance.field.openedOnHint"))),
                values, problems);
    }

    private FormPage fillPage(Urn school, Vacancy vacancy, Map<String, String> values, FormProblems problems) {
        return page(school, words.get("governance.fill.title", words.get("governance.category." + vacancy.category()),
                vacancy.openedOn().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                        java.util.Locale.UK))),
                words.get("governance.fill.intro"),
                "/governance/schools/" + school + "/vacancies/" + vacancy.id() + "/fill",
                words.get("governance.fill.save"),
                List.of(Field.date("filled", words.get("governance.field.filledOn"), words.get("governance.dateHint"))),
                values, problems);
    }

    private FormPage officersPage(Urn school, GoverningBody body, Map<String, String> values,
            FormProblems problems) {
        List<Option> governors = new ArrayList<>();
        governors.add(Option.of("", words.get("governance.field.noneChosen")));
        body.current().stream().filter(appointment -> appointment.activeOn(body.on())).forEach(appointment ->
                governors.add(Option.of(Long.toString(appointment.id()), appointment.fullName() + " ("
                        + words.get("governance.category." + appointment.category()) + ")")));
        return page(school, words.get("governance.officers.title"), words.get("governance.officers.intro"),
                "/governance/schools/" + school + "/officers", words.get("governance.officers.save"),
                List.of(Field.select("chair", words.get("governance.field.chair"), "", governors),
                        Field.select("viceChair", words.get("governance.field.viceChair"), "", governors),
                        Field.text("clerkName", words.get("governance.field.clerkName"), ""),
                        Field.text("clerkEmail", words.get("governance.field.clerkEmail"), ""),
                        Field.date("from", words.get("governance.field.from"), words.get("governance.dateHint"))),
                values, problems);
    }

    private FormPage websitePage(Urn school, Map<String, String> values, FormProblems problems) {
        return page(school, words.get("governance.website.title"), words.get("governance.website.intro"),
                "/governance/schools/" + school + "/website-check", words.get("governance.website.save"),
                List.of(Field.date("checked", words.get("governance.field.checkedOn"),
                        words.get("governance.dateHint")),
                        Field.radios("published", words.get("governance.field.published"), "", List.of(
                                Option.of("yes", words.get("governance.yes")),
                                Option.of("no", words.get("governance.no")))),
                        Field.textarea("note", words.get("governance.field.note"), "")),
                values, problems);
    }

    private FormPage page(Urn school, String title, String intro, String action, String save, List<Field> fields,
            Map<String, String> values, FormProblems problems) {
        RegisteredSchool registered = governance.school(school);
        return new FormPage("governance", title, words.get("governance.schoolCaption", registered.name(),
                school.toString()), intro, action, save, "/governance/schools/" + school,
                words.get("governance.backToSchool"), fields, values, problems);
    }

    private List<Option> categories() {
        List<Option> options = new ArrayList<>();
        for (GovernorCategory category : GovernorCategory.values()) {
            options.add(Option.of(category.name(), words.get("governance.category." + category.name())));
        }
        return options;
    }

    private String schoolNames(List<Urn> schools) {
        if (schools.isEmpty()) {
            return words.get("governance.match.noSchool");
        }
        List<String> names = schools.stream().map(urn -> governance.school(urn).name()).toList();
        return String.join(", ", names);
    }

    private Appointment appointment(Urn school, long id, Principal principal) {
        GoverningBody body = governance.governingBody(school, Acting.name(principal));
        return java.util.stream.Stream.concat(body.current().stream(), body.past().stream())
                .filter(appointment -> appointment.id() == id).findFirst()
                .orElseThrow(() -> new GovernanceNotFoundException("No appointment " + id + " at school " + school));
    }

    private Vacancy vacancy(Urn school, long id, Principal principal) {
        return governance.governingBody(school, Acting.name(principal)).vacancies().stream()
                .filter(vacancy -> vacancy.id() == id).findFirst()
                .orElseThrow(() -> new GovernanceNotFoundException("No vacancy " + id + " at school " + school));
    }

    private static Appointment holder(GoverningBody body, String id) {
        if (id == null) {
            return null;
        }
        return body.current().stream().filter(appointment -> Long.toString(appointment.id()).equals(id))
                .filter(appointment -> appointment.activeOn(body.on())).findFirst().orElse(null);
    }

    private static GovernorCategory category(String name) {
        if (name == null) {
            return null;
        }
        try {
            return GovernorCategory.valueOf(name);
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
