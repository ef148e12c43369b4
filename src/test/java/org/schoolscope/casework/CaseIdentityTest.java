package org.schoolscope.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.schoolscope.testing.TestUsers;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.assessment.rulebook.DefaultRulebook;
import org.schoolscope.assessment.SchoolResult;
import org.schoolscope.assessment.RulebookWorkbench;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.assessment.AssessmentRun;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.FactsAsAt;
import org.schoolscope.assessment.SoftIntelligence;
import org.schoolscope.assessment.SourcedFact;
import org.schoolscope.casework.domain.CaseCategory;
import org.schoolscope.casework.domain.CaseFile;
import org.schoolscope.casework.domain.CaseKind;
import org.schoolscope.casework.domain.CaseworkReport;
import org.schoolscope.casework.domain.Channel;
import org.schoolscope.casework.domain.HandWorkedCases;
import org.schoolscope.casework.domain.Outcome;
import org.schoolscope.casework.domain.Relationship;
import org.schoolscope.casework.domain.StepKind;
import org.schoolscope.casework.persistence.CaseStore;
import org.schoolscope.casework.persistence.CaseworkSchools;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 16's "Done when" for casework, on the Birmingham sample: a whistleblowing case's identity is hidden from every
 * role but case workers, role by role, on the case, the list and the report, and never reaches the assessment's facts;
 * and the hand-worked fixture of {@link HandWorkedCases}, logged through the service with the clock set to 31 January
 * 2027, gives the hand-worked clocks, closure and counts. Each test in a transaction that is rolled back.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
@Transactional
class CaseIdentityTest {

    private static final String NAME = "Alex Morgan";
    private static final String CONTACT = "alex.morgan@example.org";
    /** Written by hand from the route rules: who reads a case at all (identity protected for all but case workers). */
    private static final Set<Role> READ_CASES = EnumSet.of(Role.CASE_WORKER, Role.OFFICER, Role.ADMIN, Role.DCS,
            Role.SAFEGUARDING_OFFICER);

    @Autowired
    MockMvc mvc;

    @Autowired
    Casework casework;

    @Autowired
    CaseStore store;

    @Autowired
    CaseworkSchools schools;

    @Autowired
    CaseworkFacts facts;

    @Autowired
    SoftIntelligence softIntelligence;

    @Autowired
    CaseworkProperties properties;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    AssessmentRuns runs;

    @Autowired
    RulebookWorkbench workbench;

    @Test
    void shouldHideWhoRaisedAWhistleblowingCaseFromEveryRoleButCaseWorkers() throws Exception {
        Urn school = schools.councilSchools(new LaCode(330), LocalDate.now(clock)).get(0).urn();
        CaseFile file = casework.log(new NewCase(CaseKind.WHISTLEBLOWING, Channel.EMAIL, CaseCategory.SAFEGUARDING,
                LocalDate.now(clock), "Staff are told not to record disclosures", Set.of(school), false, NAME,
                CONTACT, Relationship.STAFF), "casey.worker");

        Map<Role, String> seen = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            for (String path : List.of("/casework/cases/" + file.id(), "/casework", "/casework/reports")) {
                MockHttpServletResponse response = mvc.perform(get(path).with(user("as-" + role).authorities(
                        new SimpleGrantedAuthority("ROLE_" + role.name()),
                        new SimpleGrantedAuthority("SCHOOL_" + school.value())))).andReturn().getResponse();
                String page = response.getContentAsString();
                if (response.getStatus() == 403) {
                    continue;
                }
                assertThat(response.getStatus()).as(role + " " + path).isEqualTo(200);
                if (role == Role.CASE_WORKER && !path.endsWith("reports")) {
                    assertThat(page).as(path).contains(NAME);
                } else {
                    assertThat(page).as(role + " " + path).doesNotContain(NAME).doesNotContain("Alex")
                            .doesNotContain(CONTACT);
                }
                if (path.startsWith("/casework/cases/")) {
                    seen.put(role, page.contains(NAME) ? "identity" : page.contains("Protected") ? "protected"
                            : "neither");
                    if (role == Role.CASE_WORKER) {
                        assertThat(page).contains(CONTACT, "Member of staff");
                    } else {
                        assertThat(page).doesNotContain("Member of staff");
                    }
                }
            }
        }
        assertThat(seen.keySet()).isEqualTo(READ_CASES);
        assertThat(seen).containsEntry(Role.CASE_WORKER, "identity");
        assertThat(seen.entrySet().stream().filter(entry -> entry.getKey() != Role.CASE_WORKER)
                .map(Map.Entry::getValue).collect(Collectors.toSet())).containsExactly("protected");
        // Every read is in the audit log, and the log never holds the identity.
        assertThat(jdbc.sql("select count(*) from audit_event where record_id = :reference")
                .param("reference", file.reference()).query(Long.class).single()).isGreaterThanOrEqualTo(6);
        assertThat(jdbc.sql("select count(*) from audit_event where detail like '%Alex%'").query(Long.class)
                .single()).isZero();

        // The assessment reads the open safeguarding case with its reference as source, never who raised it.
        SourcedFact open = facts.read(new FactsAsAt(new LaCode(330), LocalDate.now(clock), Instant.now(clock)))
                .bySchool().get(school).stream()
                .filter(fact -> fact.name().equals(CaseworkFacts.OPEN_SAFEGUARDING_CASE)).findFirst().orElseThrow();
        assertThat(open.value()).isEqualTo(new SourcedFact.Flag(true));
        assertThat(open.source()).contains("whistleblowing case " + file.reference()).doesNotContain("Alex")
                .doesNotContain("disclosures");
    }

    @Test
    void shouldReturnNoCaseFromTheQueryToARoleThatMayNotReadCases() {
        Urn school = schools.councilSchools(new LaCode(330), LocalDate.now(clock)).get(1).urn();
        CaseFile file = casework.log(new NewCase(CaseKind.COMPLAINT, Channel.EMAIL, CaseCategory.LEADERSHIP,
                LocalDate.now(clock), "Complaint about the head", Set.of(school), false, NAME, CONTACT,
                Relationship.PARENT), "casey.worker");

        // Outside a request the query sees every school, so only the roles decide here.
        for (Role role : Role.values()) {
            boolean reads = store.find(file.id(), Set.of(role)).isPresent();
            assertThat(reads).as(role.name()).isEqualTo(READ_CASES.contains(role));
        }
    }

    @Test
    void shouldKeepARuleReadingAnOpenCaseConfidentialAsARuleReadingSoftIntelligenceIs() throws Exception {
        workbench.save(DefaultRulebook.text() + """
                  - id: open-safeguarding-case
                    description: A safeguarding concern about the school is being investigated
                    when: casework.open_safeguarding_case
                    category: "Vulnerable"
                    applies_to: [LOCAL_AUTHORITY]
                """, "Read casework", "test");
        AssessmentRun before = runs.run(new LaCode(330), "test");
        Urn school = runs.results(before.id(), ViewerScope.system()).stream()
                .filter(result -> result.category().equals("Not a concern")
                        && result.responsibleBody() == ResponsibleBody.LOCAL_AUTHORITY)
                .map(SchoolResult::urn).findFirst().orElseThrow();
        casework.log(new NewCase(CaseKind.WHISTLEBLOWING, Channel.EMAIL, CaseCategory.SAFEGUARDING,
                LocalDate.now(clock), "Disclosures are not recorded", Set.of(school), false, NAME, CONTACT,
                Relationship.STAFF), "casey.worker");

        AssessmentRun after = runs.run(new LaCode(330), "test");

        assertThat(runs.results(after.id(), ViewerScope.system()).stream()
                .filter(result -> result.urn().equals(school)).findFirst().orElseThrow().category())
                .isEqualTo("Vulnerable");
        String rule = "A safeguarding concern about the school is being investigated";
        String officer = mvc.perform(get("/schools/" + school + "/assessment").with(user("o").roles("OFFICER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(officer).contains(rule, "Vulnerable");
        for (Role role : List.of(Role.HEADTEACHER, Role.ANALYST, Role.DCS)) {
            MockHttpServletResponse response = mvc.perform(get("/schools/" + school + "/assessment")
                    .with(TestUsers.allocated("as-" + role, role, List.of(school)))).andReturn().getResponse();
            assertThat(response.getStatus()).as(role.name()).isEqualTo(200);
            assertThat(response.getContentAsString()).as(role.name()).contains("Vulnerable",
                    "Other information held by the council.").doesNotContain(rule)
                    .doesNotContain("open-safeguarding-case");
        }
    }

    @Test
    void shouldGiveTheHandWorkedClocksClosureAndCountsWithTheClockSetTo31January2027() {
        Clock january = Clock.fixed(Instant.parse("2027-01-31T12:00:00Z"), ZoneOffset.UTC);
        Casework service = new Casework(store, schools, softIntelligence, properties, events, january);
        Map<String, List<RegisteredSchool>> byDistrict = schools.councilSchools(new LaCode(330),
                LocalDate.of(2027, 1, 31)).stream().filter(school -> school.district() != null)
                .collect(Collectors.groupingBy(RegisteredSchool::districtName, java.util.TreeMap::new,
                        Collectors.toList()));
        List<String> districts = List.copyOf(byDistrict.keySet()).subList(0, 2);
        Urn first = byDistrict.get(districts.get(0)).get(0).urn();
        Urn second = byDistrict.get(districts.get(1)).get(0).urn();
        Map<String, Set<Urn>> schoolsOf = Map.of("A", Set.of(first), "B", Set.of(first, second), "C",
                Set.of(second), "D", Set.of());
        Map<String, Long> ids = new LinkedHashMap<>();
        for (HandWorkedCases.Fixture fixture : HandWorkedCases.cases()) {
            long id = service.log(new NewCase(CaseKind.WHISTLEBLOWING, Channel.LETTER, fixture.category(),
                    fixture.received(), "Case " + fixture.name(), schoolsOf.get(fixture.name()), true, null, null,
                    Relationship.NOT_GIVEN), "casey.worker").id();
            ids.put(fixture.name(), id);
            if (fixture.acknowledged() != null) {
                service.record(id, StepKind.ACKNOWLEDGED, fixture.acknowledged(), "", "", "casey.worker");
            }
            if (fixture.responded() != null) {
                service.record(id, StepKind.RESPONDED, fixture.responded(), "Wrote back", "", "casey.worker");
            }
            if (fixture.closed() != null) {
                service.record(id, StepKind.CLOSED, fixture.closed(), "Investigated", Outcome.UPHELD.name(),
                        "casey.worker");
            }
        }

        CaseFile a = service.read(ids.get("A"), Set.of(Role.CASE_WORKER), "test");
        assertThat(a.response(service.today(), service.workingDays()).dueOn()).isEqualTo(LocalDate.of(2027, 1, 26));
        assertThat(a.closedOn()).isEqualTo(LocalDate.of(2027, 1, 29));
        assertThat(a.party().raisedBy()).isEqualTo("Anonymous");
        CaseFile c = service.read(ids.get("C"), Set.of(Role.CASE_WORKER), "test");
        assertThat(c.response(service.today(), service.workingDays()).days()).isEqualTo(16);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.record(ids.get("A"), StepKind.ACTION,
                LocalDate.of(2027, 1, 30), "Too late", "", "casey.worker"))
                .isInstanceOf(CaseStepRefusedException.class).hasMessage("casework.refused.closed");

        CaseworkReport report = service.report(HandWorkedCases.FROM, HandWorkedCases.TO);
        assertThat(report.total()).isEqualTo(new CaseworkReport.Counts("", 2, 2, 2, 2, 1, 2, 2,
                new BigDecimal("12.5"), 1));
        assertThat(report.byDistrict()).containsExactly(
                new CaseworkReport.Counts(districts.get(0), 1, 1, 1, 1, 0, 1, 1, new BigDecimal("20.0"), 0),
                new CaseworkReport.Counts(districts.get(1), 1, 0, 2, 1, 0, 0, 0, null, 1),
                new CaseworkReport.Counts(CaseworkReport.NO_SCHOOL, 1, 1, 0, 1, 1, 1, 1, new BigDecimal("5.0"), 0));
    }
}
