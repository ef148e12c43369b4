package org.schoolscope.assessment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.AssessmentNotFoundException;
import org.schoolscope.assessment.AssessmentRun;
import org.schoolscope.assessment.RulebookVersion;
import org.schoolscope.assessment.RulebookWorkbench;
import org.schoolscope.assessment.RunComparisons;
import org.schoolscope.assessment.domain.RulebookRefusedException;
import org.schoolscope.assessment.web.ActingUser;
import org.schoolscope.web.CouncilProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The rulebook workbench's API: versions, saving one, what-if, the runs and two runs compared. */
@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "Rulebook workbench", description = "Rulebook versions, what-if and run comparison")
class WorkbenchApiController {

    private final RulebookWorkbench workbench;
    private final RunComparisons comparisons;
    private final CouncilProperties council;

    WorkbenchApiController(RulebookWorkbench workbench, RunComparisons comparisons, CouncilProperties council) {
        this.workbench = workbench;
        this.comparisons = comparisons;
        this.council = council;
    }

    @GetMapping("/rulebook")
    @Operation(summary = "The rulebook version in use, with its text")
    WorkbenchResponses.VersionResponse latest() {
        return WorkbenchResponses.VersionResponse.of(workbench.latest(), null);
    }

    @GetMapping("/rulebook/versions")
    @Operation(summary = "Every rulebook version, newest first: who saved it, why and when")
    List<WorkbenchResponses.VersionSummary> versions() {
        return workbench.versions().stream().map(WorkbenchResponses.VersionSummary::of).toList();
    }

    @GetMapping("/rulebook/versions/{n}")
    @Operation(summary = "One rulebook version's text, with the lines it changed from the version before")
    WorkbenchResponses.VersionResponse version(@Parameter(description = "The version number") @PathVariable("n") int n) {
        RulebookVersion version = workbench.version(n)
                .orElseThrow(() -> new AssessmentNotFoundException("No rulebook version " + n + " is on record"));
        return WorkbenchResponses.VersionResponse.of(version, workbench.changesFromPrevious(version));
    }

    @PostMapping("/rulebook")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save a new rulebook version; refused, naming each rule, when a rule does not compile")
    WorkbenchResponses.VersionResponse save(@RequestBody WorkbenchResponses.SaveRequest request,
            Principal principal) {
        if (request.yaml() == null || request.yaml().isBlank()) {
            throw new IllegalArgumentException("Give the rulebook's text as 'yaml'");
        }
        RulebookVersion saved = workbench.save(request.yaml(), request.reason(), ActingUser.name(principal));
        return WorkbenchResponses.VersionResponse.of(saved, workbench.changesFromPrevious(saved));
    }

    @PostMapping("/what-if")
    @Operation(summary = "Which schools a draft rulebook would place in another category, and why; nothing is stored")
    WorkbenchResponses.WhatIfResponse whatIf(@RequestBody WorkbenchResponses.WhatIfRequest request,
            @Parameter(hidden = true) ViewerScope viewer) {
        String draft = request.yaml() == null || request.yaml().isBlank() ? workbench.latest().yaml()
                : request.yaml();
        Map<String, Double> thresholds = request.thresholds() == null ? Map.of() : request.thresholds();
        draft = workbench.withThresholds(draft, thresholds);
        return WorkbenchResponses.WhatIfResponse.of(workbench.whatIf(council.la(), draft, viewer)
                .orElseThrow(() -> new AssessmentNotFoundException(
                        "The schools of LA " + council.la() + " have not been assessed yet")));
    }

    @GetMapping("/runs")
    @Operation(summary = "Every assessment run, newest first, with its schools per category")
    List<AssessmentRun> runs(@Parameter(hidden = true) ViewerScope viewer) {
        return comparisons.runs(viewer);
    }

    @GetMapping("/runs/{id}/comparison")
    @Operation(summary = "Run {id} compared with a later run: who moved in, who moved out, and why")
    WorkbenchResponses.ComparisonResponse comparison(
            @Parameter(description = "The earlier run's id") @PathVariable("id") long id,
            @Parameter(description = "The later run's id") @RequestParam("with") long with,
            @Parameter(hidden = true) ViewerScope viewer) {
        return WorkbenchResponses.ComparisonResponse.of(comparisons.compare(id, with, viewer));
    }

    @ExceptionHandler(RulebookRefusedException.class)
    ProblemDetail refused(RulebookRefusedException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                refused.getMessage());
        problem.setTitle("Rulebook refused");
        problem.setProperty("problems", refused.problems().stream().map(each -> Map.of("where", each.where(),
                "position", each.position(), "message", each.message())).toList());
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
        problem.setTitle("Invalid request");
        return problem;
    }
}
