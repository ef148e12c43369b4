package org.schoolscope.returns.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.returns.Returns;
import org.schoolscope.returns.SchoolReturn;
import org.schoolscope.returns.domain.Definition;
import org.schoolscope.returns.domain.ReturnKind;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.schoolscope.testing.SettableClock;

/**
 * The returns pages on the Birmingham sample as officers and headteachers use them: setting a return up (and being
 * refused with every problem named), a headteacher's draft, submission and correction, and a headteacher kept to their
 * own school. Each test runs in a transaction that is rolled back.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
@Transactional
class ReturnsPagesTest {

    private static final RequestPostProcessor OFFICER = user("olive.officer").roles("OFFICER");

    @Autowired
    SettableClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    Returns returns;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldRefuseAReturnWithEveryProblemNamedAndKeepWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/returns").with(OFFICER).with(csrf()).param("kind", "OTHER")
                .param("title", "Lettings audit").param("academicYear", "2026-28").param("term", "NONE")
                .param("schoolSet", "MAINTAINED").param("completedBy", "SCHOOL").param("dueDay", "31")
                .param("dueMonth", "2").param("dueYear", "2027")
                .param("questions", "lettings | yes-no | The school lets its premises\nhire | scale 5 to 1 | Fees?"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "Enter the academic year, for example 2026-27",
                "Enter the due date as a real date", "Question line 2: &#39;scale 5 to 1&#39; needs its ends",
                "Lettings audit");
        assertThat(returns.definitions()).noneMatch(definition -> definition.title().equals("Lettings audit"));
    }

    @Test
    void shouldLetAHeadteacherDraftSubmitAndCorrectTheirOwnSchoolsReturnOnly() throws Exception {
        Definition definition = setUpSection175();
        List<RegisteredSchool> asked = returns.asked(definition);
        Urn own = asked.get(0).urn();
        Urn other = asked.get(1).urn();
        RequestPostProcessor head = TestUsers.headteacherOf(own);

        String list = page(get("/returns").with(head));
        assertThat(list).contains(definition.title(), "Not started").doesNotContain(asked.get(1).name());
        mvc.perform(get("/returns/" + definition.id()).with(head)).andExpect(status().isForbidden());
        mvc.perform(get("/returns/" + definition.id() + "/schools/" + other).with(head))
                .andExpect(status().isForbidden());

        String form = "/returns/" + definition.id() + "/schools/" + own;
        assertThat(page(get(form).with(head))).contains("The school has a designated safeguarding lead");
        mvc.perform(post(form).with(head).with(csrf()).param("action", "draft").param("a-dsl-named", "yes")
                .param("a-staff-trained-share", "87")).andExpect(status().is3xxRedirection());
        String refused = page(post(form).with(head).with(csrf()).param("action", "submit")
                .param("a-dsl-named", "yes").param("a-staff-trained-share", "187"));
        assertThat(refused).contains("Question 8: enter a number from 0 to 100",
                "Question 2: answer this question before you submit");
        mvc.perform(post(form).with(head).with(csrf()).params(allAnswered("87")).param("action", "submit")).andExpect(status().is3xxRedirection());
        // A draft after submission is refused; a correction needs its reason.
        assertThat(page(post(form).with(head).with(csrf()).params(allAnswered("87")).param("action", "draft")))
                .contains("submit a correction with its reason");
        assertThat(page(post(form).with(head).with(csrf()).params(allAnswered("87")).param("action", "submit"))).contains(
                "Say why you are correcting the submitted return");
        mvc.perform(post(form).with(head).with(csrf()).params(allAnswered("91")).param("action", "submit")
                .param("reason", "The training figure was last year's")).andExpect(status().is3xxRedirection());

        SchoolReturn saved = returns.schoolReturn(definition.id(), own);
        assertThat(saved.versions()).extracting(version -> version.status().name())
                .containsExactly("DRAFT", "SUBMITTED", "SUBMITTED");
        assertThat(saved.latest().orElseThrow().answers()).containsEntry("staff-trained-share", "91");
        assertThat(saved.versions().get(2).note()).isEqualTo("The training figure was last year's");
        assertThat(saved.versions().get(2).savedAs()).isEqualTo("HEADTEACHER");
        String history = page(get(form + "/history").with(head));
        assertThat(history).contains("The training figure was last year", "87", "91");
        String overview = page(get("/returns/" + definition.id()).with(OFFICER));
        assertThat(overview).contains("1 of " + asked.size() + " schools have submitted");
    }

    @Test
    void shouldListTheSchoolsToChaseInTheWorkbook() throws Exception {
        Definition definition = setUpSection175();
        List<RegisteredSchool> asked = returns.asked(definition);
        Urn own = asked.get(0).urn();
        mvc.perform(post("/returns/" + definition.id() + "/schools/" + own).with(TestUsers.headteacherOf(own))
                .with(csrf()).params(allAnswered("87")).param("action", "submit"))
                .andExpect(status().is3xxRedirection());

        byte[] xlsx = mvc.perform(get("/returns/" + definition.id() + "/chase-list.xlsx").with(OFFICER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("URN");
            assertThat(rows).hasSize(asked.size());
            assertThat(rows.get(1).getCellText(1)).isEqualTo(asked.get(1).name());
            assertThat(rows.get(1).getCellText(3)).isEqualTo("Not started");
            assertThat(rows.stream().skip(1).map(row -> row.getCellText(0)))
                    .doesNotContain(own.toString()).contains(asked.get(asked.size() - 1).urn().toString());
        }
    }

    private Definition setUpSection175() throws Exception {
        String questions = org.schoolscope.returns.domain.ReadyMadeReturns.of(ReturnKind.SECTION_175).questions();
        LocalDate due = clock.today().plusMonths(2);
        MvcResult created = mvc.perform(post("/returns").with(OFFICER).with(csrf()).param("kind", "SECTION_175")
                .param("title", "Section 175 safeguarding audit 2026-27").param("academicYear", "2026-27")
                .param("term", "NONE").param("schoolSet", "MAINTAINED").param("completedBy", "SCHOOL")
                .param("dueDay", Integer.toString(due.getDayOfMonth()))
                .param("dueMonth", Integer.toString(due.getMonthValue()))
                .param("dueYear", Integer.toString(due.getYear())).param("questions", questions))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replace("/returns/", ""));
        return returns.definition(id);
    }

    private static org.springframework.util.MultiValueMap<String, String> allAnswered(String staffTrained) {
        org.springframework.util.LinkedMultiValueMap<String, String> answers =
                new org.springframework.util.LinkedMultiValueMap<>();
        for (String yes : List.of("dsl-named", "deputy-dsl", "policy-published", "policy-fgm-forced-marriage-extremism",
                "staff-read-kcsie", "prevent-training", "single-central-record", "safer-recruitment",
                "safeguarding-governor", "online-filtering")) {
            answers.add("a-" + yes, "yes");
        }
        answers.add("a-dsl-trained-onDay", "14");
        answers.add("a-dsl-trained-onMonth", "9");
        answers.add("a-dsl-trained-onYear", "2026");
        answers.add("a-policy-reviewed-onDay", "1");
        answers.add("a-policy-reviewed-onMonth", "10");
        answers.add("a-policy-reviewed-onYear", "2026");
        answers.add("a-staff-trained-share", staffTrained);
        return answers;
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
