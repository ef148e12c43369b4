package org.schoolscope.profile.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.schoolscope.profile.read.OutcomeFilter;
import org.schoolscope.profile.read.ResponsibleBody;
import org.schoolscope.profile.read.SchoolCriteria;
import org.schoolscope.profile.read.SchoolSort;
import org.schoolscope.profile.read.SortDirection;
import org.schoolscope.shared.LaCode;

/**
 * The school list's GET form and links, as the request gives them: plain strings, so that a hand-edited address
 * never fails to bind and each bad value can be named in the error summary instead.
 */
public record SchoolListForm(String la, String district, String phase, String type, String body, String outcome,
        String sort, String order, String page, String q, String asAt) {

    /** Criteria from the form, with the council's LA and the first page, by name, wherever a value was unusable. */
    public Checked check(LaCode councilLa, int pageSize) {
        List<FilterProblem> problems = new ArrayList<>();
        LaCode laCode = parse(la, "la", "filter.la.invalid", LaCode::parse, problems).orElse(councilLa);
        ResponsibleBody responsibleBody = parse(body, "body", "filter.body.invalid", ResponsibleBody::valueOf,
                problems).orElse(null);
        OutcomeFilter outcomeFilter = parse(outcome, "outcome", "filter.outcome.invalid",
                text -> OutcomeFilter.fromParameter(text).orElseThrow(), problems).orElse(null);
        SchoolSort schoolSort = parse(sort, "results", "filter.sort.invalid",
                text -> SchoolSort.fromParameter(text).orElseThrow(), problems).orElse(SchoolSort.NAME);
        SortDirection direction = parse(order, "results", "filter.sort.invalid",
                text -> SortDirection.fromParameter(text).orElseThrow(), problems).orElse(SortDirection.ASCENDING);
        int pageNumber = parse(page, "results", "filter.page.invalid", SchoolListForm::pageNumber, problems)
                .orElse(1);
        LocalDate day = parse(asAt, "asAt", "filter.asAt.invalid", LocalDate::parse, problems).orElse(null);
        String search = blankToNull(q);
        if (search != null && search.length() > 100) {
            problems.add(new FilterProblem("q", "filter.search.tooLong"));
            search = null;
        }
        SchoolCriteria criteria = new SchoolCriteria(laCode, blankToNull(district), blankToNull(phase),
                blankToNull(type), responsibleBody, outcomeFilter, schoolSort, direction, pageNumber, pageSize, search,
                day);
        return new Checked(criteria, List.copyOf(problems));
    }

    public record Checked(SchoolCriteria criteria, List<FilterProblem> problems) {
    }

    private static <T> Optional<T> parse(String text, String field, String messageKey, Function<String, T> parser,
            List<FilterProblem> problems) {
        String value = blankToNull(text);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(value));
        } catch (RuntimeException unusable) {
            problems.add(new FilterProblem(field, messageKey));
            return Optional.empty();
        }
    }

    private static int pageNumber(String text) {
        int number = Integer.parseInt(text);
        if (number < 1) {
            throw new IllegalArgumentException("Pages count from 1, not " + number);
        }
        return number;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
