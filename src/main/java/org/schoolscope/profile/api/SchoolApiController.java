package org.schoolscope.profile.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.profile.SchoolNotFoundException;
import org.schoolscope.profile.persistence.SchoolListQuery;
import org.schoolscope.profile.persistence.SchoolProfileQuery;
import org.schoolscope.profile.read.ResultPage;
import org.schoolscope.profile.read.SchoolSummary;
import org.schoolscope.profile.web.SchoolListForm;
import org.schoolscope.profile.web.UrnPath;
import org.schoolscope.web.CouncilProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/schools")
@Tag(name = "Schools", description = "The school list and each school's profile")
class SchoolApiController {

    static final int DEFAULT_PAGE_SIZE = 50;

    private final SchoolListQuery schools;
    private final SchoolProfileQuery profiles;
    private final CouncilProperties council;
    private final SchoolApiResponses responses;

    SchoolApiController(SchoolListQuery schools, SchoolProfileQuery profiles, CouncilProperties council,
            SchoolApiResponses responses) {
        this.schools = schools;
        this.profiles = profiles;
        this.council = council;
        this.responses = responses;
    }

    @GetMapping
    @Operation(summary = "List schools in a local authority",
            description = "Filters are optional; with no la the council's own LA is used.")
    SchoolListResponse list(
            @Parameter(description = "Three-digit LA code, e.g. 330") @RequestParam(required = false) String la,
            @Parameter(description = "Council district") @RequestParam(required = false) String district,
            @Parameter(description = "Phase as GIAS records it, e.g. Primary") @RequestParam(required = false) String phase,
            @Parameter(description = "Establishment type as GIAS records it") @RequestParam(required = false) String type,
            @Parameter(description = "LOCAL_AUTHORITY, TRUST, OTHER or UNKNOWN") @RequestParam(required = false) String body,
            @Parameter(description = "outstanding, good, requires-improvement, inadequate, key-judgements, report-card or none")
            @RequestParam(required = false) String outcome,
            @Parameter(description = "name, urn, phase, outcome or inspected") @RequestParam(required = false) String sort,
            @Parameter(description = "asc or desc") @RequestParam(required = false) String order,
            @Parameter(description = "Page number from 1") @RequestParam(required = false) String page,
            @Parameter(description = "Schools per page, 1 to 100") @RequestParam(required = false) String size,
            @Parameter(description = "Words of the name, or the URN or LA/establishment number")
            @RequestParam(required = false) String q,
            @Parameter(description = "The day the list is of, e.g. 2023-08-31: the schools open then; today if absent")
            @RequestParam(required = false) String asAt,
            @Parameter(hidden = true) ViewerScope viewer) {
        int pageSize = pageSize(size);
        SchoolListForm.Checked checked = new SchoolListForm(la, district, phase, type, body, outcome, sort, order,
                page, q, asAt).check(council.la(), pageSize);
        if (!checked.problems().isEmpty()) {
            throw new InvalidFilterException(checked.problems().stream()
                    .map(problem -> problem.field().equals("results") ? "sort, order or page" : problem.field())
                    .distinct().toList());
        }
        ResultPage<SchoolSummary> results = schools.find(checked.criteria(), viewer).results();
        return new SchoolListResponse(results.items().stream().map(responses::item).toList(), results.total(),
                results.page(), results.pageSize(), results.pageCount());
    }

    @GetMapping("/{urn}")
    @Operation(summary = "One school's register facts, inspection history and latest figures with benchmarks")
    SchoolDetailResponse school(@Parameter(description = "Six-digit URN") @PathVariable("urn") String urn,
            @Parameter(hidden = true) ViewerScope viewer) {
        return profiles.find(UrnPath.parse(urn), viewer).map(responses::detail)
                .orElseThrow(() -> new SchoolNotFoundException(urn));
    }

    @ExceptionHandler(InvalidFilterException.class)
    ProblemDetail invalidFilter(InvalidFilterException invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
        problem.setTitle("Invalid filter");
        problem.setProperty("parameters", invalid.parameters());
        return problem;
    }

    private static int pageSize(String size) {
        if (size == null || size.isBlank()) {
            return DEFAULT_PAGE_SIZE;
        }
        try {
            int number = Integer.parseInt(size.trim());
            if (number >= 1 && number <= 100) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the same answer as an out-of-range size
        }
        throw new InvalidFilterException(List.of("size"));
    }
}
