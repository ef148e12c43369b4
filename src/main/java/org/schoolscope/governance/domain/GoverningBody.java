package org.schoolscope.governance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.shared.Urn;

/**
 * A school's governing body on a day: its governors in office and those whose appointments have ended, the chair,
 * vice-chair and clerk, its vacancies, the latest check of its website, and, for each governor, every school they
 * govern on the day (so one governing more than two is flagged with the schools named).
 */
public record GoverningBody(Urn urn, LocalDate on, List<Appointment> current, List<Appointment> past,
        Appointment chair, Appointment viceChair, Clerk clerk, List<Vacancy> vacancies, WebsiteCheck latestCheck,
        Map<Long, List<Urn>> schoolsOfGovernors) {

    public GoverningBody {
        current = List.copyOf(current);
        past = List.copyOf(past);
        vacancies = List.copyOf(vacancies);
        schoolsOfGovernors = Map.copyOf(schoolsOfGovernors);
    }

    public List<Vacancy> openVacancies() {
        return vacancies.stream().filter(vacancy -> vacancy.openOn(on)).toList();
    }

    public List<Vacancy> filledVacancies() {
        return vacancies.stream().filter(vacancy -> !vacancy.openOn(on) && vacancy.filledOn() != null).toList();
    }

    /** Nothing is recorded: no governor, past or present, and no vacancy. */
    public boolean unrecorded() {
        return current.isEmpty() && past.isEmpty() && vacancies.isEmpty();
    }

    /**
     * Open places as a percentage of all places (governors in office and open places), to one decimal place; empty
     * when nothing is recorded for the school.
     */
    public Optional<BigDecimal> vacancyShare() {
        int open = openVacancies().size();
        int places = (int) current.stream().filter(appointment -> appointment.activeOn(on)).count() + open;
        if (places == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(open * 100L).divide(BigDecimal.valueOf(places), 1,
                RoundingMode.HALF_UP));
    }

    /** The governors in office who govern more than two schools on the day. */
    public List<Appointment> overTheLimit() {
        return current.stream().filter(appointment -> appointment.activeOn(on)).filter(appointment -> TwoSchoolLimit.over(
                schoolsOfGovernors.getOrDefault(appointment.personId(), List.of()).size())).toList();
    }
}
