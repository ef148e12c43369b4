package org.schoolscope.governance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.schoolscope.governance.domain.Appointment;
import org.schoolscope.governance.domain.Candidate;
import org.schoolscope.governance.domain.GovernorCategory;
import org.schoolscope.governance.domain.GoverningBody;
import org.schoolscope.governance.domain.Interest;
import org.schoolscope.governance.domain.Matching;
import org.schoolscope.governance.domain.NewAppointment;
import org.schoolscope.governance.domain.OverLimit;
import org.schoolscope.governance.domain.Person;
import org.schoolscope.governance.domain.PersonRecord;
import org.schoolscope.governance.domain.SuggestedMatch;
import org.schoolscope.governance.domain.TwoSchoolLimit;
import org.schoolscope.governance.domain.Vacancy;
import org.schoolscope.governance.persistence.GovernanceSchools;
import org.schoolscope.governance.persistence.GovernanceStore;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.shared.Urn;
import org.schoolscope.web.CouncilProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The governance register: governing bodies, governors as people across schools, chairs, clerks, vacancies, website
 * checks, interests and training. Every read of governors' personal details publishes a {@link GovernanceAudit} in
 * its transaction, as does every change. Two records become one person only when an officer confirms it.
 */
@Service
public class Governance {

    private final GovernanceStore store;
    private final GovernanceSchools schools;
    private final CouncilProperties council;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Governance(GovernanceStore store, GovernanceSchools schools, CouncilProperties council,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.schools = schools;
        this.council = council;
        this.events = events;
        this.clock = clock;
    }

    /** The school as the register has it; not found when the register does not know the URN. */
    @Transactional(readOnly = true)
    public RegisteredSchool school(Urn urn) {
        return schools.school(urn, today())
                .orElseThrow(() -> new GovernanceNotFoundException("No school with URN " + urn + " is in the register"));
    }

    /** The school's governing body today, with its governors' names: the read is audited. */
    @Transactional
    public GoverningBody governingBody(Urn urn, String actor) {
        school(urn);
        GoverningBody body = governingBodyAsAt(urn, today(), now());
        audit(actor, "read", GovernanceAudit.GOVERNING_BODY, urn.toString(), "read the governing body of school "
                + urn + " (" + body.current().size() + " governors)");
        return body;
    }

    GoverningBody governingBodyAsAt(Urn urn, LocalDate on, Instant at) {
        List<Appointment> appointments = store.appointmentsAt(urn, at);
        List<Appointment> current = appointments.stream()
                .filter(appointment -> appointment.activeOn(on) || appointment.termStart().isAfter(on)).toList();
        List<Appointment> past = appointments.stream().filter(appointment -> !current.contains(appointment))
                .toList();
        Map<Long, List<Urn>> schoolsOf = schoolsOfPeople(on, at);
        Map<Long, List<Urn>> ofGovernors = new HashMap<>();
        current.forEach(appointment -> ofGovernors.put(appointment.personId(),
                schoolsOf.getOrDefault(appointment.personId(), List.of())));
        Map<String, Long> roles = store.roles(urn, on, at);
        return new GoverningBody(urn, on, current, past, find(current, roles.get("CHAIR")),
                find(current, roles.get("VICE_CHAIR")), store.clerk(urn, on, at).orElse(null),
                store.vacancies(urn, at), store.latestChecks(on, at).get(urn), ofGovernors);
    }

    /** The schools each person governs on the day, as at the moment. */
    Map<Long, List<Urn>> schoolsOfPeople(LocalDate on, Instant at) {
        Map<Long, Set<Urn>> schoolsOf = new HashMap<>();
        for (Appointment appointment : store.allAppointments(at)) {
            if (appointment.activeOn(on)) {
                schoolsOf.computeIfAbsent(appointment.personId(), person -> new TreeSet<>()).add(appointment.urn());
            }
        }
        Map<Long, List<Urn>> lists = new HashMap<>();
        schoolsOf.forEach((person, urns) -> lists.put(person, List.copyOf(urns)));
        return lists;
    }

    /**
     * The people already on the register who may be the one being entered, each explained, for the officer to
     * confirm or not: the read of their records is audited.
     */
    @Transactional
    public List<Candidate> candidates(String fullName, String email, String postcode, String actor) {
        PersonRecord typed = new PersonRecord(0, 0, fullName, email, postcode, "", "", now());
        Map<Long, String> found = Matching.candidatesFor(typed, store.records(now()));
        Map<Long, List<Urn>> schoolsOf = schoolsOfPeople(today(), now());
        List<Candidate> candidates = new ArrayList<>();
        found.forEach((person, why) -> candidates.add(new Candidate(person, store.recordsOf(person, now()).get(0)
                .fullName(), why, schoolsOf.getOrDefault(person, List.of()))));
        if (!candidates.isEmpty()) {
            audit(actor, "read", GovernanceAudit.GOVERNOR, "matches", "read " + candidates.size()
                    + " possible matches for a governor being entered");
        }
        return candidates;
    }

    /**
     * Enters an appointment at the school. The person's details are kept as a new record; when the officer confirmed
     * that they are a person already on the register ({@code samePersonAs}), the record joins that person, with the
     * explanation the officer confirmed.
     */
    @Transactional
    public Appointment appoint(Urn urn, NewAppointment appointment, Long samePersonAs, String confirmedExplanation,
            String actor) {
        RegisteredSchool school = school(urn);
        Instant now = now();
        long record = store.addPerson(appointment.fullName(), appointment.email(), appointment.postcode(),
                "entered for " + school.name(), actor, now);
        if (samePersonAs != null) {
            long person = store.personOf(samePersonAs, now)
                    .orElseThrow(() -> new GovernanceNotFoundException("No person " + samePersonAs));
            store.decide(record, person, true, confirmedExplanation == null || confirmedExplanation.isBlank()
                    ? "Confirmed by the officer entering the appointment" : confirmedExplanation, actor, now);
        }
        long id = store.addAppointment(record, urn, appointment.category(), appointment.appointingBody().strip(),
                appointment.termStart(), appointment.termEnd(), "entered", actor, now);
        audit(actor, "create", GovernanceAudit.GOVERNOR, Long.toString(id), "appointed a "
                + appointment.category().label().toLowerCase() + " governor at school " + urn
                + (samePersonAs != null ? ", confirmed as a person already on the register" : ""));
        return store.appointment(id, now).orElseThrow();
    }

    @Transactional
    public void endAppointment(Urn urn, long appointmentId, LocalDate endedOn, String reason, String actor) {
        Appointment appointment = appointmentAt(urn, appointmentId);
        if (appointment.endedOn() != null) {
            throw new IllegalStateException("Appointment " + appointmentId + " has already ended");
        }
        store.endAppointment(appointmentId, endedOn, reason.strip(), actor, now());
        audit(actor, "end", GovernanceAudit.GOVERNOR, Long.toString(appointmentId),
                "ended an appointment at school " + urn + " on " + endedOn);
    }

    @Transactional
    public void recordVacancy(Urn urn, GovernorCategory category, LocalDate openedOn, String actor) {
        school(urn);
        long id = store.addVacancy(urn, category, openedOn, actor, now());
        audit(actor, "create", GovernanceAudit.GOVERNING_BODY, urn.toString(), "recorded vacancy " + id + " ("
                + category.label().toLowerCase() + ") at school " + urn);
    }

    @Transactional
    public void fillVacancy(Urn urn, long vacancyId, LocalDate filledOn, String actor) {
        Vacancy vacancy = store.vacancies(urn, now()).stream().filter(each -> each.id() == vacancyId).findFirst()
                .orElseThrow(() -> new GovernanceNotFoundException("No vacancy " + vacancyId + " at school " + urn));
        if (vacancy.filledOn() != null) {
            throw new IllegalStateException("Vacancy " + vacancyId + " is already filled");
        }
        if (filledOn.isBefore(vacancy.openedOn())) {
            throw new IllegalArgumentException("A vacancy is filled after it opened");
        }
        store.fillVacancy(vacancyId, filledOn, actor, now());
        audit(actor, "update", GovernanceAudit.GOVERNING_BODY, urn.toString(), "filled vacancy " + vacancyId
                + " at school " + urn);
    }

    @Transactional
    public void setRole(Urn urn, String role, long appointmentId, LocalDate fromOn, String actor) {
        if (!role.equals("CHAIR") && !role.equals("VICE_CHAIR")) {
            throw new IllegalArgumentException("No such role: " + role);
        }
        Appointment appointment = appointmentAt(urn, appointmentId);
        if (!appointment.activeOn(fromOn)) {
            throw new IllegalArgumentException("The governor is not in office on " + fromOn);
        }
        store.addRole(urn, role, appointmentId, fromOn, actor, now());
        audit(actor, "update", GovernanceAudit.GOVERNING_BODY, urn.toString(), "recorded the "
                + (role.equals("CHAIR") ? "chair" : "vice-chair") + " of school " + urn + " from " + fromOn);
    }

    @Transactional
    public void setClerk(Urn urn, String name, String email, LocalDate fromOn, String actor) {
        school(urn);
        store.addClerk(urn, name, email, fromOn, actor, now());
        audit(actor, "update", GovernanceAudit.GOVERNING_BODY, urn.toString(), "recorded the clerk of school "
                + urn + " from " + fromOn);
    }

    @Transactional
    public void checkWebsite(Urn urn, LocalDate checkedOn, boolean published, String note, String actor) {
        school(urn);
        store.addWebsiteCheck(urn, checkedOn, published, note, actor, now());
        audit(actor, "create", GovernanceAudit.GOVERNING_BODY, urn.toString(), "checked the website of school "
                + urn + ": list of governors " + (published ? "published" : "not published"));
    }

    /** A person with every record, appointment, interest and training: the read is audited. */
    @Transactional
    public Person person(long personId, String actor) {
        Person person = personAsAt(personId, now());
        audit(actor, "read", GovernanceAudit.GOVERNOR, Long.toString(personId), "read governor " + personId
                + " (" + person.appointments().size() + " appointments)");
        return person;
    }

    private Person personAsAt(long personId, Instant at) {
        List<PersonRecord> records = store.recordsOf(personId, at);
        if (records.isEmpty()) {
            throw new GovernanceNotFoundException("No governor " + personId + " is on the register");
        }
        List<Long> ids = records.stream().map(PersonRecord::id).toList();
        return new Person(personId, records, store.appointmentsOf(personId, at), store.interests(ids),
                store.training(ids));
    }

    @Transactional
    public void declareInterest(long personId, Urn urn, Interest.Kind kind, String description,
            LocalDate declaredOn, String actor) {
        Person person = personAsAt(personId, now());
        store.addInterest(person.records().get(0).id(), urn, kind, description, declaredOn, actor, now());
        audit(actor, "create", GovernanceAudit.GOVERNOR, Long.toString(personId), "recorded a declared "
                + kind.name().toLowerCase() + " interest of governor " + personId);
    }

    @Transactional
    public void recordTraining(long personId, String course, LocalDate completedOn, String actor) {
        Person person = personAsAt(personId, now());
        store.addTraining(person.records().get(0).id(), course, completedOn, actor, now());
        audit(actor, "create", GovernanceAudit.GOVERNOR, Long.toString(personId), "recorded training of governor "
                + personId);
    }

    /** Everyone governing more than two schools today, with the schools named: the read is audited. */
    @Transactional
    public List<OverLimit> overLimit(String actor) {
        List<OverLimit> people = overLimitAsAt(today(), now());
        audit(actor, "read", GovernanceAudit.GOVERNOR, "over-limit", "read the " + people.size()
                + " governors over the two-school limit");
        return people;
    }

    List<OverLimit> overLimitAsAt(LocalDate on, Instant at) {
        List<OverLimit> people = new ArrayList<>();
        Map<Long, List<Urn>> schoolsOf = schoolsOfPeople(on, at);
        Map<Long, String> names = new HashMap<>();
        store.records(at).forEach(record -> names.putIfAbsent(record.personId(), record.fullName()));
        schoolsOf.forEach((person, urns) -> {
            if (TwoSchoolLimit.over(urns.size())) {
                people.add(new OverLimit(person, names.getOrDefault(person, ""), urns));
            }
        });
        people.sort(Comparator.comparing(OverLimit::name).thenComparing(OverLimit::personId));
        return people;
    }

    /** Records that may be the same person, each explained, for an officer to confirm or reject: audited. */
    @Transactional
    public List<SuggestedMatch> suggestedMatches(String actor) {
        List<SuggestedMatch> matches = Matching.suggestions(store.records(now()), store.rejectedPairs());
        audit(actor, "read", GovernanceAudit.GOVERNOR, "matches", "read " + matches.size()
                + " suggested matches of governors");
        return matches;
    }

    /** The officer confirms two records are one person, with the explanation they were shown. */
    @Transactional
    public void confirmMatch(long recordId, long otherRecordId, String explanation, String actor) {
        Instant now = now();
        long person = store.personOf(recordId, now)
                .orElseThrow(() -> new GovernanceNotFoundException("No governor record " + recordId));
        long other = store.personOf(otherRecordId, now)
                .orElseThrow(() -> new GovernanceNotFoundException("No governor record " + otherRecordId));
        if (person == other) {
            return;
        }
        store.decide(Math.max(person, other), Math.min(person, other), true, explanation, actor, now);
        audit(actor, "merge", GovernanceAudit.GOVERNOR, Long.toString(Math.min(person, other)),
                "confirmed governor records " + person + " and " + other + " are one person");
    }

    /** The officer says two records are different people, so the match is not suggested again. */
    @Transactional
    public void rejectMatch(long recordId, long otherRecordId, String explanation, String actor) {
        store.decide(recordId, otherRecordId, false, explanation, actor, now());
        audit(actor, "reject", GovernanceAudit.GOVERNOR, recordId + "/" + otherRecordId,
                "said governor records " + recordId + " and " + otherRecordId + " are different people");
    }

    /** One row of the council's view: no governor's name, so it is not personal data. */
    public record SchoolRow(RegisteredSchool school, int governors, int openVacancies, long longestOpenDays,
            String vacancyShare, int overLimit, Boolean published, LocalDate checkedOn) {
    }

    /** The council's state-funded schools with their governing bodies' numbers today. */
    @Transactional(readOnly = true)
    public List<SchoolRow> overview() {
        LocalDate today = today();
        Instant now = now();
        Map<Urn, List<Appointment>> bySchool = new LinkedHashMap<>();
        store.allAppointments(now).forEach(appointment -> bySchool.computeIfAbsent(appointment.urn(),
                urn -> new ArrayList<>()).add(appointment));
        Map<Urn, List<Vacancy>> vacancies = new HashMap<>();
        store.vacancies(null, now).forEach(vacancy -> vacancies.computeIfAbsent(vacancy.urn(),
                urn -> new ArrayList<>()).add(vacancy));
        Map<Long, List<Urn>> schoolsOf = schoolsOfPeople(today, now);
        var checks = store.latestChecks(today, now);
        List<SchoolRow> rows = new ArrayList<>();
        for (RegisteredSchool school : schools.councilSchools(council.la(), today)) {
            List<Appointment> appointments = bySchool.getOrDefault(school.urn(), List.of());
            GoverningBody body = new GoverningBody(school.urn(), today, appointments.stream()
                    .filter(appointment -> appointment.activeOn(today)).toList(), List.of(), null, null, null,
                    vacancies.getOrDefault(school.urn(), List.of()), checks.get(school.urn()),
                    schoolsOfGovernors(appointments, schoolsOf, today));
            long longest = body.openVacancies().stream().mapToLong(vacancy -> vacancy.daysOpen(today)).max()
                    .orElse(0);
            var check = checks.get(school.urn());
            rows.add(new SchoolRow(school, body.current().size(), body.openVacancies().size(), longest,
                    body.vacancyShare().map(share -> share.toPlainString() + "%").orElse(""),
                    body.overTheLimit().size(), check == null ? null : check.published(),
                    check == null ? null : check.checkedOn()));
        }
        return rows;
    }

    private static Map<Long, List<Urn>> schoolsOfGovernors(List<Appointment> appointments,
            Map<Long, List<Urn>> schoolsOf, LocalDate on) {
        Map<Long, List<Urn>> of = new HashMap<>();
        appointments.stream().filter(appointment -> appointment.activeOn(on)).forEach(appointment -> of.put(
                appointment.personId(), schoolsOf.getOrDefault(appointment.personId(), List.of())));
        return of;
    }

    private Appointment appointmentAt(Urn urn, long appointmentId) {
        return store.appointment(appointmentId, now()).filter(appointment -> appointment.urn().equals(urn))
                .orElseThrow(() -> new GovernanceNotFoundException("No appointment " + appointmentId + " at school "
                        + urn));
    }

    private static Appointment find(List<Appointment> appointments, Long id) {
        return id == null ? null
                : appointments.stream().filter(appointment -> appointment.id() == id).findFirst().orElse(null);
    }

    private void audit(String actor, String action, String recordType, String recordId, String detail) {
        events.publishEvent(new GovernanceAudit(actor, action, recordType, recordId, detail));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
