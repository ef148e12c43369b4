package org.schoolscope.assessment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.AssessmentNotFoundException;
import org.schoolscope.assessment.AssessmentRun;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "Assessments", description = "Schools' categories from the council's rulebook, with their reasons")
class AssessmentApiController {

    /**
     * Sign-in does not exist yet (the access module is still to come), so a run cannot say who asked for it; this
     * is recorded instead of a name, and the endpoint is open. Once sign-in exists, only officers may start a run.
     */
    static final String NOT_SIGNED_IN = "not signed in (no sign-in yet)";

    private final AssessmentRuns runs;

    AssessmentApiController(AssessmentRuns runs) {
        this.runs = runs;
    }

    @GetMapping("/latest/schools/{urn}")
    @Operation(summary = "A school's category in the latest run, with every reason, figure and source")
    SchoolAssessmentResponse latest(@Parameter(description = "Six-digit URN") @PathVariable("urn") String urn,
            @Parameter(hidden = true) ViewerScope viewer) {
        Urn parsed;
        try {
            parsed = Urn.parse(urn);
        } catch (IllegalArgumentException notAUrn) {
            throw new AssessmentNotFoundException("'" + urn + "' is not a URN");
        }
        return SchoolAssessmentResponse.of(runs.latestFor(parsed, viewer));
    }

    @PostMapping("/runs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Assess every open school of a local authority with the latest rulebook version")
    AssessmentRun run(@Parameter(description = "Three-digit LA code, e.g. 330") @RequestParam("la") String la,
            @Parameter(hidden = true) Principal user) {
        LaCode laCode;
        try {
            laCode = LaCode.parse(la);
        } catch (IllegalArgumentException notAnLaCode) {
            throw new InvalidLaCodeException(la);
        }
        return runs.run(laCode, user == null ? NOT_SIGNED_IN : user.getName());
    }

    @GetMapping("/runs/{id}")
    @Operation(summary = "One run: its rulebook version, import batches, day and schools per category")
    AssessmentRun run(@Parameter(description = "The run's id") @PathVariable("id") long id,
            @Parameter(hidden = true) ViewerScope viewer) {
        return runs.find(id, viewer).orElseThrow(() -> new AssessmentNotFoundException("No assessment run " + id
                + " is on record"));
    }

    @PostMapping("/runs/{id}/reproductions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Run an earlier run again with its own rulebook version, import batches and day")
    AssessmentRun reproduce(@Parameter(description = "The earlier run's id") @PathVariable("id") long id,
            @Parameter(hidden = true) Principal user) {
        return runs.reproduce(id, user == null ? NOT_SIGNED_IN : user.getName());
    }

    @ExceptionHandler(InvalidLaCodeException.class)
    ProblemDetail invalidLaCode(InvalidLaCodeException invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
        problem.setTitle("Invalid LA code");
        return problem;
    }

    static final class InvalidLaCodeException extends RuntimeException {

        InvalidLaCodeException(String la) {
            super("'" + la + "' is not an LA code: give the three-digit code, e.g. 330");
        }
    }
}
