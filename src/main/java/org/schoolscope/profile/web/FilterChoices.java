package org.schoolscope.profile.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.schoolscope.profile.read.FilterOptions;
import org.schoolscope.profile.read.OutcomeFilter;
import org.schoolscope.profile.read.ResponsibleBody;
import org.schoolscope.profile.read.SchoolCriteria;

/** The choices each filter select offers, with the one in force selected. */
public record FilterChoices(List<SelectOption> localAuthorities, List<SelectOption> districts,
        List<SelectOption> phases, List<SelectOption> types, List<SelectOption> responsibleBodies,
        List<SelectOption> outcomes) {

    static FilterChoices of(FilterOptions options, SchoolCriteria criteria, Wording wording) {
        return new FilterChoices(
                options.localAuthorities().stream()
                        .map(la -> new SelectOption(Integer.toString(la.code()),
                                la.name() == null ? Integer.toString(la.code()) : la.name() + " (" + la.code() + ")",
                                la.code() == criteria.la().value()))
                        .toList(),
                texts(options.districts(), criteria.district()),
                texts(options.phases(), criteria.phase()),
                texts(options.establishmentTypes(), criteria.establishmentType()),
                Arrays.stream(ResponsibleBody.values())
                        .map(body -> new SelectOption(body.name(), wording.responsibleBody(body),
                                body == criteria.responsibleBody()))
                        .toList(),
                Arrays.stream(OutcomeFilter.values())
                        .map(outcome -> new SelectOption(outcome.parameter(), wording.outcomeFilter(outcome),
                                outcome == criteria.outcome()))
                        .toList());
    }

    private static List<SelectOption> texts(List<String> values, String selected) {
        return values.stream().map(value -> new SelectOption(value, value, Objects.equals(value, selected))).toList();
    }
}
