package org.schoolscope.improvement.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.improvement.ImprovementCaseNotFoundException;
import org.schoolscope.improvement.ImprovementCycle;
import org.schoolscope.improvement.ProposedListChanges;
import org.schoolscope.improvement.StepInput;
import org.schoolscope.improvement.domain.ActionStatus;
import org.schoolscope.improvement.domain.Details;
import org.schoolscope.improvement.domain.ImprovementCase;
import org.schoolscope.improvement.domain.ImprovementEvent;
import org.schoolscope.improvement.domain.Rag;
import org.schoolscope.improvement.domain.Recipient;
import org.schoolscope.improvement.domain.Recommendation;
import org.schoolscope.improvement.domain.RemovalRule;
import org.schoolscope.improvement.domain.StepDates;
import org.schoolscope.improvement.domain.StepRefusedException;
import org.schoolscope.improvement.domain.WarningGround;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A school's improvement page: where its case stands, its plan and actions, its timeline with every step's
 * rationale, and the forms for the steps the cycle allows next. Post/Redirect/Get; a form with a problem, or a step
 * the cycle refuses, is shown again with an error summary.
 */
@Controller
class SchoolCaseController {

    private final ImprovementCycle cycle;
    private final ImprovementDates dates;
    private final ProposedListChanges proposedListChanges;

    SchoolCaseController(ImprovementCycle cycle, ImprovementDates dates, ProposedListChanges proposedListChanges) {
        this.cycle = cycle;
        this.dates = dates;
        this.proposedListChanges = proposedListChanges;
    }

    @GetMapping("/improvement/schools/{urn}")
    String school(@PathVariable String urn, @RequestParam(required = false) String year, Authentication user,
            ViewerScope viewer, Model model) {
        Urn school = Requests.urn(urn);
        AcademicYear academicYear = Requests.year(year, cycle.currentYear());
        ImprovementCase improvementCase = cycle.caseOf(school, academicYear, viewer);
        model.addAttribute("section", "improvement");
        model.addAttribute("schoolName", cycle.schoolNames(List.of(school), viewer).getOrDefault(school, ""));
        model.addAttribute("improvementCase", improvementCase);
        model.addAttribute("year", academicYear);
        model.addAttribute("years", cycle.yearsOf(school, viewer));
        model.addAttribute("today", cycle.today());
        model.addAttribute("deadline", cycle.deadline(academicYear));
        boolean listAgreed = proposedListChanges.listAgreedAt(academicYear).isPresent();
        model.addAttribute("nextSteps", improvementCase.nextSteps().stream().map(StepKind::ofType)
                .flatMap(Optional::stream).filter(kind -> Requests.holdsAny(user, kind.roles()))
                .filter(kind -> !listAgreed || (kind != StepKind.TAKE_OFF && kind != StepKind.PUT_BACK)).toList());
        model.addAttribute("timeline", improvementCase.events());
        model.addAttribute("shownDetails", List.of(Details.REQUIRED_ACTIONS, Details.ACTIONS_AGREED,
                Details.REFERRALS, Details.SUPPORT, Details.RECIPIENT_NAMES));
        model.addAttribute("lastVisit", dates.date(improvementCase.lastVisit().orElse(null)));
        return "improvement/school";
    }

    @GetMapping("/improvement/schools/{urn}/steps/{step}")
    String form(@PathVariable String urn, @PathVariable String step, @RequestParam(required = false) String year,
            @RequestParam(required = false) String meeting, ViewerScope viewer, Model model) {
        StepKind kind = kindOf(step);
        Urn school = Requests.urn(urn);
        AcademicYear academicYear = Requests.year(year, cycle.currentYear());
        ImprovementCase improvementCase = cycle.caseOf(school, academicYear, viewer);
        // The assessment's reasons are shown above the plan's priorities as a guide, not typed into them: the plan
        // says what the school will do, in the partner's and headteacher's words, not the reasons again.
        StepForm form = StepForm.empty(academicYear.toString());
        if (kind == StepKind.RECOMMENDATION && meeting != null) {
            form = new StepForm(form.year(), null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, meeting, null, null, null, List.of(), null, null, null, null, null);
        }
        return show(kind, school, academicYear, improvementCase, form, List.of(),
                improvementCase.refusal(kind.type()).orElse(null), viewer, model);
    }

    @PostMapping("/improvement/schools/{urn}/steps/{step}")
    String record(@PathVariable String urn, @PathVariable String step, StepForm posted, Principal principal,
            HttpServletRequest request, HttpServletResponse response, ViewerScope viewer, Model model) {
        StepKind kind = kindOf(step);
        StepForm form = posted.withDates(DateParts.read(request, "date"), DateParts.read(request, "due"),
                DateParts.read(request, "complyBy"));
        Urn school = Requests.urn(urn);
        AcademicYear academicYear = Requests.year(form.year(), cycle.currentYear());
        ImprovementCase improvementCase = cycle.caseOf(school, academicYear, viewer);
        boolean whyRequired = kind != StepKind.REMOVAL || !improvementCase.removalRuleMet();
        List<StepForm.Problem> problems = form.problems(kind, whyRequired);
        if (!problems.isEmpty()) {
            return show(kind, school, academicYear, improvementCase, form, problems, null, viewer, model);
        }
        try {
            ImprovementEvent event = cycle.record(school, academicYear, kind.type(),
                    new StepInput(form.why(), form.evidence(), form.details(kind)), Requests.actor(principal));
            return "redirect:/improvement/schools/" + school + "?year=" + academicYear + "#event-" + event.id();
        } catch (StepRefusedException refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(kind, school, academicYear, improvementCase, form, List.of(), refused.getMessage(), viewer,
                    model);
        }
    }

    private String show(StepKind kind, Urn school, AcademicYear year, ImprovementCase improvementCase, StepForm form,
            List<StepForm.Problem> problems, String refusal, ViewerScope viewer, Model model) {
        model.addAttribute("section", "improvement");
        model.addAttribute("kind", kind.slug());
        model.addAttribute("schoolName", cycle.schoolNames(List.of(school), viewer).getOrDefault(school, ""));
        model.addAttribute("urn", school);
        model.addAttribute("year", year);
        model.addAttribute("improvementCase", improvementCase);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("refusal", refusal);
        model.addAttribute("partners", cycle.configuredPartners());
        model.addAttribute("meetings", cycle.boardMeetings(year));
        model.addAttribute("choices", choices(improvementCase));
        model.addAttribute("removalRuleMet", improvementCase.removalRuleMet());
        model.addAttribute("removalRule", RemovalRule.STATEMENT);
        return "improvement/step";
    }

    /** The options of each radio and checkbox group, by field. */
    private Map<String, List<Choice>> choices(ImprovementCase improvementCase) {
        Map<String, List<Choice>> choices = new HashMap<>();
        List<Choice> priority = List.of(new Choice(Details.PRIORITY, "Yes: a priority for support"),
                new Choice(Details.NOT_A_PRIORITY, "No: not a priority this year"));
        choices.put("outcome", priority);
        choices.put("decisionCarry", List.of(new Choice(Details.PRIORITY, "Carry forward to this year's proposed list"),
                new Choice(Details.NOT_A_PRIORITY, "Do not carry forward")));
        choices.put("decisionDcs", List.of(new Choice(Details.APPROVED, "Issue a warning notice"),
                new Choice(Details.DECLINED, "Do not issue a warning notice")));
        List<Choice> yesNo = List.of(new Choice(Details.YES, "Yes"), new Choice(Details.NO, "No"));
        choices.put("yesNo", yesNo);
        choices.put("recommendation", Arrays.stream(Recommendation.values())
                .map(value -> new Choice(value.name(), value.label())).toList());
        choices.put("ground", Arrays.stream(WarningGround.values())
                .map(value -> new Choice(value.name(), value.label())).toList());
        choices.put("recipients", Arrays.stream(Recipient.values())
                .map(value -> new Choice(value.name(), value.label())).toList());
        choices.put("rag", Arrays.stream(Rag.values()).map(value -> new Choice(value.name(), value.label())).toList());
        choices.put("status", Arrays.stream(ActionStatus.values())
                .map(value -> new Choice(value.name(), value.label())).toList());
        choices.put("action", improvementCase.actions().stream()
                .map(action -> new Choice(Long.toString(action.id()), action.description() + " (due " + action.due()
                        + ", " + action.status().label().toLowerCase(Locale.ROOT) + ")"))
                .toList());
        // Partner users first: choosing one lets them see the school. A configured name has no account.
        List<Choice> partners = new ArrayList<>();
        cycle.partnerUsers().forEach(user -> partners.add(new Choice(user.username(), user.displayName())));
        cycle.configuredPartners().forEach(name -> partners.add(new Choice(name,
                name + " (no account: will not see the school)")));
        choices.put("partner", partners);
        choices.put("meeting", cycle.boardMeetings(improvementCase.year()).stream()
                .map(meeting -> new Choice(Long.toString(meeting.id()), StepDates.words(meeting.date()))).toList());
        return choices;
    }

    private static StepKind kindOf(String slug) {
        return StepKind.ofSlug(slug)
                .orElseThrow(() -> new ImprovementCaseNotFoundException("No improvement step '" + slug + "'"));
    }
}
