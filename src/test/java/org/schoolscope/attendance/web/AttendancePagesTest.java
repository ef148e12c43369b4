package org.schoolscope.attendance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.attendance.SyntheticCouncilFixture;
import org.schoolscope.attendance.synthetic.SyntheticCouncil;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The attendance pages and downloads as each role sees them: aggregates for the council's roles, pupil rows only for
 * attendance officers and a school's own headteacher, every pupil read in the audit log, and (issue 17's "Done
 * when") no page, PDF or workbook showing a synthetic figure beside a real school's name.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class AttendancePagesTest {

    static final RequestPostProcessor ATTENDANCE_OFFICER = user("ava.attendance").roles("ATTENDANCE_OFFICER");

    @Autowired
    MockMvc mvc;

    @Autowired
    SyntheticCouncil council;

    @Autowired
    JdbcClient jdbc;

    private Urn school;
    private Urn otherSchool;

    @BeforeEach
    void syntheticCouncil() {
        SyntheticCouncilFixture.ensure(council, jdbc);
        List<Integer> urns = jdbc.sql("select urn from attendance_school where la_code = 999 order by urn")
                .query(Integer.class).list();
        school = new Urn(urns.get(0));
        otherSchool = new Urn(urns.get(1));
    }

    @Test
    void shouldShowTheCouncilsFiguresAsAtADateToTheCouncilsRoles() throws Exception {
        for (String role : List.of("ATTENDANCE_OFFICER", "OFFICER", "ANALYST", "DCS", "BOARD", "ADMIN")) {
            String page = body(get("/attendance/councils/999").param("on", "2025-03-12").with(user("u").roles(role)));
            assertThat(page).contains("Synthetic Council", "Figures as at Wednesday 12 March 2025",
                    "Synthetic data", "Synthetic district", "Birmingham (the synthetic council's calibration source)");
        }
        mvc.perform(get("/attendance/councils/999").with(TestUsers.headteacherOf(school)))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldExplainADateThatIsNotADate() throws Exception {
        String page = body(get("/attendance/councils/999").param("on", "12/03/2025").with(ATTENDANCE_OFFICER));
        assertThat(page).contains("There is a problem", "Enter the date as year, month and day");
    }

    @Test
    void shouldShowPupilRowsOnlyToAttendanceOfficersAndTheSchoolsOwnHeadteacher() throws Exception {
        long audited = auditedReads();
        String page = body(get("/attendance/schools/" + school + "/pupils").param("on", "2025-03-12")
                .with(ATTENDANCE_OFFICER));
        assertThat(page).contains("Pupils' attendance", "Persistently absent").doesNotContain("S999");
        assertThat(auditedReads()).isEqualTo(audited + 1);
        mvc.perform(get("/attendance/schools/" + school + "/pupils").with(TestUsers.headteacherOf(school)))
                .andExpect(status().isOk());
        mvc.perform(get("/attendance/schools/" + otherSchool + "/pupils").with(TestUsers.headteacherOf(school)))
                .andExpect(status().isForbidden());
        for (Role role : List.of(Role.OFFICER, Role.ANALYST, Role.ADMIN, Role.DCS, Role.BOARD)) {
            mvc.perform(get("/attendance/schools/" + school + "/pupils").with(user("u").roles(role.name())))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/attendance/schools/" + school + "/pupils")
                .with(TestUsers.allocated("pat", Role.PARTNER, List.of(school)))).andExpect(status().isForbidden());
        assertThat(auditedReads()).isEqualTo(audited + 2);
    }

    @Test
    void shouldShowAHeadteacherTheirOwnSchoolsFiguresWithoutTheCouncilsLine() throws Exception {
        String page = body(get("/attendance/schools/" + school).with(TestUsers.headteacherOf(school)));
        assertThat(page).contains("Synthetic Primary School", "Pupils' attendance")
                .doesNotContain("All pupils in the council");
        String home = body(get("/attendance").with(TestUsers.headteacherOf(school)));
        assertThat(home).contains("/attendance/schools/" + school).doesNotContain("/attendance/schools/" + otherSchool);
    }

    @Test
    void shouldTellAPageForARealSchoolOrAnUnknownCouncilIsNotFound() throws Exception {
        mvc.perform(get("/attendance/schools/103157").with(ATTENDANCE_OFFICER)).andExpect(status().isNotFound());
        mvc.perform(get("/attendance/councils/330").with(ATTENDANCE_OFFICER)).andExpect(status().isNotFound());
        mvc.perform(get("/attendance/schools/" + school + "/meetings/2024-25/winter").with(ATTENDANCE_OFFICER))
                .andExpect(status().isNotFound());
    }

    @Test
    void shouldListTheCodesWithWhatEachCountsAs() throws Exception {
        String page = body(get("/attendance/codes").with(user("u").roles("ANALYST")));
        assertThat(page).contains("Illness (not a medical or dental appointment)", "Authorised absence",
                "Not counted as a possible session", "withdrawn on 19 August 2024");
    }

    @Test
    void shouldNeverShowASyntheticFigureBesideARealSchoolsName() throws Exception {
        List<String> realNames = jdbc.sql("select name from school where length(name) > 12").query(String.class)
                .list();
        assertThat(realNames).as("the sample register is loaded").hasSizeGreaterThan(100);
        assertThat(jdbc.sql("select count(*) from school where urn between 990000 and 999999").query(Long.class)
                .single()).as("no register school has a synthetic URN").isZero();
        assertThat(jdbc.sql("select count(*) from attendance_school where not synthetic").query(Long.class).single())
                .as("attendance holds no real school").isZero();
        List<String> shown = new ArrayList<>();
        shown.add(body(get("/attendance").with(ATTENDANCE_OFFICER)));
        shown.add(body(get("/attendance/councils/999").with(ATTENDANCE_OFFICER)));
        shown.add(body(get("/attendance/councils/999/meetings").with(ATTENDANCE_OFFICER)));
        shown.add(pdfText(get("/attendance/councils/999/meetings.pdf").with(ATTENDANCE_OFFICER)));
        shown.add(xlsxText(get("/attendance/councils/999/meetings.xlsx").with(ATTENDANCE_OFFICER)));
        for (Integer urn : jdbc.sql("select urn from attendance_school order by urn").query(Integer.class).list()) {
            shown.add(body(get("/attendance/schools/" + urn).with(ATTENDANCE_OFFICER)));
            shown.add(body(get("/attendance/schools/" + urn + "/pupils").with(ATTENDANCE_OFFICER)));
            for (String term : List.of("autumn", "spring", "summer")) {
                String pack = "/attendance/schools/" + urn + "/meetings/2024-25/" + term;
                shown.add(body(get(pack).with(ATTENDANCE_OFFICER)));
                if (term.equals("spring")) {
                    shown.add(pdfText(get(pack + "/pack.pdf").with(ATTENDANCE_OFFICER)));
                    shown.add(xlsxText(get(pack + "/pack.xlsx").with(ATTENDANCE_OFFICER)));
                }
            }
        }
        for (String text : shown) {
            assertThat(text).as("every page, PDF and workbook of the synthetic council says it is synthetic")
                    .containsIgnoringCase("synthetic");
            for (String name : realNames) {
                assertThat(text).as("a real school's name on an attendance page").doesNotContain(name);
            }
        }
    }

    @Test
    void shouldGiveThePackAsAPdfAndAWorkbookWithThePupilsReferences() throws Exception {
        String pack = "/attendance/schools/" + school + "/meetings/2024-25/spring";
        String page = body(get(pack).with(ATTENDANCE_OFFICER));
        String pdf = pdfText(get(pack + "/pack.pdf").with(ATTENDANCE_OFFICER));
        String xlsx = xlsxText(get(pack + "/pack.xlsx").with(ATTENDANCE_OFFICER));
        assertThat(pdf).contains("Targeting meeting pack", "Spring term 2024-25", "Synthetic data");
        assertThat(xlsx).contains("Pupil reference", "Synthetic data");
        java.util.regex.Matcher reference = java.util.regex.Pattern.compile("[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{2}")
                .matcher(page);
        assertThat(reference.find()).as("the pack names pupils by reference").isTrue();
        assertThat(pdf).contains(reference.group());
        assertThat(xlsx).contains(reference.group());
    }

    private long auditedReads() {
        return jdbc.sql("select count(*) from audit_event where record_type = 'attendance-pupils'")
                .query(Long.class).single();
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(request).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private String pdfText(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        byte[] bytes = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private String xlsxText(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        byte[] bytes = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        StringBuilder text = new StringBuilder();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            workbook.getSheets().forEach(sheet -> {
                try (var rows = sheet.openStream()) {
                    rows.forEach((Row row) -> row.forEach(cell -> text.append(cell == null ? "" : cell.getText())
                            .append('\t')));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                text.append('\n');
            });
        }
        return text.toString();
    }
}
