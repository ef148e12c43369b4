package org.schoolscope.governance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.schoolscope.assessment.FactsAsAt;
import org.schoolscope.assessment.SchoolFactSource;
import org.schoolscope.assessment.SourcedFact;
import org.schoolscope.assessment.SourcedFactDefinition;
import org.schoolscope.assessment.SourcedFacts;
import org.schoolscope.governance.domain.Appointment;
import org.schoolscope.governance.domain.GoverningBody;
import org.schoolscope.governance.domain.Vacancy;
import org.schoolscope.governance.domain.WebsiteCheck;
import org.schoolscope.governance.persistence.GovernanceSchools;
import org.schoolscope.governance.persistence.GovernanceStore;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.schoolscope.web.CouncilProperties;
import org.springframework.stereotype.Component;

/**
 * What the governance register tells the rules about each of the council's state-funded schools, as recorded by a
 * run's moment: the share of places on the governing body that are vacant, whether a governor in office governs more
 * than two schools, and whether the last website check found the list of governors unpublished. The sources name
 * schools and dates, never a governor.
 */
@Component
public class GovernanceFacts implements SchoolFactSource {

    public static final String VACANCY_SHARE = "governance.vacancy_share";
    public static final String OVER_TWO_SCHOOLS = "governance.governor_over_two_schools";
    public static final String LIST_NOT_PUBLISHED = "governance.list_not_published";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Governance governance;
    private final GovernanceStore store;
    private final GovernanceSchools schools;
    private final CouncilProperties council;

    GovernanceFacts(Governance governance, GovernanceStore store, GovernanceSchools schools,
            CouncilProperties council) {
        this.governance = governance;
        this.store = store;
        this.schools = schools;
        this.council = council;
    }

    @Override
    public List<SourcedFactDefinition> definitions() {
        return List.of(
                SourcedFactDefinition.number(VACANCY_SHARE,
                        "Share of places on the governing body that are vacant (%)"),
                SourcedFactDefinition.flag(OVER_TWO_SCHOOLS, "A governor of the school governs more than two schools"),
                SourcedFactDefinition.flag(LIST_NOT_PUBLISHED,
                        "The school's website does not publish its list of governors"));
    }

    @Override
    public SourcedFacts read(FactsAsAt asAt) {
        LaCode la = council.la();
        if (asAt.laCode() != null && !asAt.laCode().equals(la)) {
            return SourcedFacts.none();
        }
        LocalDate day = asAt.day();
        AcademicYear year = AcademicYear.containing(day);
        String on = DAY.format(day);
        List<RegisteredSchool> council = schools.councilSchools(la, day);
        Map<Urn, List<Appointment>> appointments = new HashMap<>();
        store.allAppointments(asAt.moment()).forEach(appointment -> appointments.computeIfAbsent(appointment.urn(),
                urn -> new ArrayList<>()).add(appointment));
        Map<Urn, List<Vacancy>> vacancies = new HashMap<>();
        store.vacancies(null, asAt.moment()).forEach(vacancy -> vacancies.computeIfAbsent(vacancy.urn(),
                urn -> new ArrayList<>()).add(vacancy));
        Map<Long, List<Urn>> schoolsOf = governance.schoolsOfPeople(day, asAt.moment());
        Map<Urn, WebsiteCheck> checks = store.latestChecks(day, asAt.moment());
        Map<Urn, String> names = new HashMap<>();
        council.forEach(school -> names.put(school.urn(), school.name()));
        Map<Urn, List<SourcedFact>> bySchool = new LinkedHashMap<>();
        for (RegisteredSchool school : council) {
            List<Appointment> inOffice = appointments.getOrDefault(school.urn(), List.of()).stream()
                    .filter(appointment -> appointment.activeOn(day)).toList();
            Map<Long, List<Urn>> ofGovernors = new HashMap<>();
            inOffice.forEach(appointment -> ofGovernors.put(appointment.personId(),
                    schoolsOf.getOrDefault(appointment.personId(), List.of())));
            GoverningBody body = new GoverningBody(school.urn(), day, inOffice, List.of(), null, null, null,
                    vacancies.getOrDefault(school.urn(), List.of()), checks.get(school.urn()), ofGovernors);
            List<SourcedFact> facts = new ArrayList<>();
            facts.add(body.vacancyShare().map(share -> SourcedFact.number(VACANCY_SHARE, share.doubleValue(), year,
                    "governance register on " + on + ": " + body.openVacancies().size() + " of "
                            + (inOffice.size() + body.openVacancies().size()) + " places vacant"))
                    .orElse(SourcedFact.notAvailable(VACANCY_SHARE, "no governing body recorded", year,
                            "governance register on " + on)));
            List<Appointment> over = body.overTheLimit();
            facts.add(SourcedFact.flag(OVER_TWO_SCHOOLS, !over.isEmpty(), year, over.isEmpty()
                    ? "governance register on " + on + ": no governor of this school governs more than two schools"
                    : "governance register on " + on + ": a governor of this school governs "
                            + ofGovernors.get(over.get(0).personId()).size() + " schools ("
                            + ofGovernors.get(over.get(0).personId()).stream()
                                    .map(urn -> names.getOrDefault(urn, "URN " + urn))
                                    .collect(Collectors.joining(", ")) + ")"));
            WebsiteCheck check = checks.get(school.urn());
            facts.add(check == null
                    ? SourcedFact.notAvailable(LIST_NOT_PUBLISHED, "the website has not been checked", year,
                            "governance register on " + on)
                    : SourcedFact.flag(LIST_NOT_PUBLISHED, !check.published(), AcademicYear.containing(
                            check.checkedOn()), "website checked on " + DAY.format(check.checkedOn())));
            bySchool.put(school.urn(), facts);
        }
        return new SourcedFacts(bySchool, List.of());
    }
}
