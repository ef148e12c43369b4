package org.schoolscope.attendance.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A council's terms, in order. */
public record TermCalendar(List<TermDates> terms) {

    public TermCalendar {
        terms = terms.stream().sorted(Comparator.comparing(TermDates::firstDay)).toList();
        for (int i = 1; i < terms.size(); i++) {
            if (!terms.get(i).firstDay().isAfter(terms.get(i - 1).lastDay())) {
                throw new IllegalArgumentException(terms.get(i).label() + " overlaps " + terms.get(i - 1).label());
            }
        }
    }

    /** The term a day falls in; a day in a holiday between terms belongs to none. */
    public Optional<TermDates> on(LocalDate day) {
        return terms.stream().filter(term -> term.contains(day)).findFirst();
    }

    /** The term a day falls in or, in a holiday, the last one before it. */
    public Optional<TermDates> latestOnOrBefore(LocalDate day) {
        return terms.stream().filter(term -> !term.firstDay().isAfter(day)).reduce((first, second) -> second);
    }

    public Optional<TermDates> find(org.schoolscope.shared.AcademicYear year, Term term) {
        return terms.stream().filter(each -> each.year().equals(year) && each.term() == term).findFirst();
    }

    public Optional<TermDates> before(TermDates term) {
        return terms.stream().filter(each -> each.lastDay().isBefore(term.firstDay()))
                .reduce((first, second) -> second);
    }

    public Optional<TermDates> after(TermDates term) {
        return terms.stream().filter(each -> each.firstDay().isAfter(term.lastDay())).findFirst();
    }

    public boolean isSchoolDay(LocalDate day) {
        return on(day).map(term -> term.isSchoolDay(day)).orElse(false);
    }
}
