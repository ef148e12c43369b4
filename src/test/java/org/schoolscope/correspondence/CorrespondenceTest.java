package org.schoolscope.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolscope.correspondence.CorrespondenceFixtures.GOOD_PRIMARY;
import static org.schoolscope.correspondence.CorrespondenceFixtures.GOOD_SECONDARY;
import static org.schoolscope.correspondence.CorrespondenceFixtures.INADEQUATE_ACADEMY;
import static org.schoolscope.correspondence.CorrespondenceFixtures.INADEQUATE_PRIMARY;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.assessment.AssessmentReason;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.assessment.SchoolResult;
import org.schoolscope.correspondence.pdf.PdfRenderer;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.DatabaseCleaner;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Letters and the academy notification on a small fictional council: the PDF text must carry each school's recorded
 * reasons, with their figures and sources, as the latest run stored them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class CorrespondenceTest {

    private static final LaCode COUNCIL = new LaCode(330);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssessmentRuns runs;

    @Autowired
    Stage1Letters letters;

    @Autowired
    PdfRenderer renderer;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void assessTheFictionalCouncil() {
        CorrespondenceFixtures.load(jdbc);
        runs.run(COUNCIL, "test");
    }

    @AfterEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void shouldTellAPrioritySchoolWhyWithTheFiguresAndSourcesItsRunRecorded() throws Exception {
        SchoolResult result = runs.latestFor(new Urn(INADEQUATE_PRIMARY), org.schoolscope.testing.TestUsers.officer("test"));
        assertThat(result.reasons()).isNotEmpty();

        byte[] pdf = pdf("/correspondence/letters/stage-1/" + INADEQUATE_PRIMARY + ".pdf", "OFFICER");
        String text = PdfText.squeezed(pdf);
        assertThat(text).contains(PdfText.squeeze("Fictional Alder Primary School"))
                .contains(PdfText.squeeze("Your school is a priority for support this year"))
                .contains(PdfText.squeeze("\"" + result.category() + "\""));
        for (AssessmentReason reason : result.reasons()) {
            // Each reason once, in the sentence that names its figures, year and publisher; no file names.
            String explanation = PdfText.squeeze(reason.explanation());
            assertThat(text).contains(explanation);
            assertThat(text.indexOf(explanation)).as("printed once").isEqualTo(text.lastIndexOf(explanation));
            for (AssessmentReason.ReasonEvidence evidence : reason.evidence()) {
                assertThat(text).contains(PdfText.squeeze(evidence.value()));
                if (evidence.sourceFile() != null) {
                    assertThat(text).doesNotContain(PdfText.squeeze(evidence.sourceFile()));
                }
            }
        }
    }

    @Test
    void shouldTellASchoolThatIsNotAPriorityAndInviteItToSaySo() throws Exception {
        SchoolResult result = runs.latestFor(new Urn(GOOD_PRIMARY), org.schoolscope.testing.TestUsers.officer("test"));
        assertThat(result.responsibleBody().name()).isEqualTo("LOCAL_AUTHORITY");

        String text = PdfText.squeezed(pdf("/correspondence/letters/stage-1/" + GOOD_PRIMARY + ".pdf",
                TestUsers.headteacherOf(new Urn(GOOD_PRIMARY))));
        assertThat(text).contains(PdfText.squeeze("Your school is not a priority for support this year"))
                .doesNotContain(PdfText.squeeze("Your school is a priority"))
                .contains(PdfText.squeeze("please let us know"));
        result.reasons().forEach(reason -> assertThat(text).contains(PdfText.squeeze(reason.explanation())));
    }

    @Test
    void shouldMakeAnAccessibleTaggedPdfWithTitleAndLanguage() throws IOException {
        Stage1Letter letter = letters.letter(COUNCIL, new Urn(INADEQUATE_PRIMARY), org.schoolscope.testing.TestUsers.officer("test"));
        try (PDDocument document = Loader.loadPDF(letters.pdf(letter))) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Priority for school improvement support: Fictional Alder Primary School");
            if (renderer.tagged()) {
                assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
                assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
                assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            }
        }
    }

    @Test
    void shouldWriteOneLetterToEveryMaintainedSchoolAndNoneToAcademies() throws Exception {
        String page = mvc.perform(get("/correspondence/letters/stage-1").with(user("officer").roles("OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"school-" + INADEQUATE_PRIMARY + "\"", "id=\"school-" + GOOD_PRIMARY + "\"",
                "id=\"school-" + GOOD_SECONDARY + "\"").doesNotContain("id=\"school-" + INADEQUATE_ACADEMY + "\"");

        byte[] zip = mvc.perform(get("/correspondence/letters/stage-1.zip").with(user("officer").roles("OFFICER")))
                .andExpect(status().isOk()).andExpect(content().contentType("application/zip")).andReturn()
                .getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
                String text = PdfText.squeezed(entries.readAllBytes());
                assertThat(text).contains(PdfText.squeeze("URN " + entry.getName().replaceAll(".*(\\d{6})\\.pdf", "$1")));
            }
        }
        assertThat(names).containsExactlyInAnyOrder("stage-1-letter-" + INADEQUATE_PRIMARY + ".pdf",
                "stage-1-letter-" + GOOD_PRIMARY + ".pdf", "stage-1-letter-" + GOOD_SECONDARY + ".pdf");
    }

    @Test
    void shouldFilterTheLettersByPriority() throws Exception {
        Stage1Batch priorities = letters.letters(COUNCIL, new Stage1Filter(null, true), org.schoolscope.testing.TestUsers.officer("test"));
        assertThat(priorities.letters()).extracting(letter -> letter.school().urn().value())
                .contains(INADEQUATE_PRIMARY).doesNotContain(GOOD_PRIMARY);
        assertThat(priorities.letters()).allMatch(Stage1Letter::priority);
    }

    @Test
    void shouldNotifyTheRegionalDirectorOfTheAcademyWithItsReasons() throws Exception {
        SchoolResult academy = runs.latestFor(new Urn(INADEQUATE_ACADEMY), org.schoolscope.testing.TestUsers.officer("test"));
        assertThat(academy.category()).isNotEqualTo(academy.assessedCategory());

        String page = mvc.perform(get("/correspondence/academy-notification").with(user("officer").roles("OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Fictional Damson Academy (URN " + INADEQUATE_ACADEMY + ")")
                .doesNotContain("Fictional Alder Primary School");

        String text = PdfText.squeezed(pdf("/correspondence/academy-notification.pdf", "ADMIN"));
        assertThat(text).contains(PdfText.squeeze("To the regional director"))
                .contains(PdfText.squeeze("Fictional Damson Academy"))
                .contains(PdfText.squeeze("Assessed as \"" + academy.assessedCategory() + "\""));
        academy.reasons().forEach(reason -> assertThat(text).contains(PdfText.squeeze(reason.explanation())));
    }

    @Test
    void shouldRefuseAnEmptyLetterOfConcernWithLinkedErrors() throws Exception {
        String page = mvc.perform(post("/correspondence/letters-of-concern/" + GOOD_SECONDARY)
                .param("concerns", " ").param("requiredActions", "")
                .with(user("board").roles("BOARD")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary", "href=\"#concerns\"", "href=\"#requiredActions\"",
                "Enter at least one concern", "Enter at least one required action");
        assertThat(events.stream(LetterOfConcernProduced.class)).isEmpty();
    }

    @Test
    void shouldWriteALetterOfConcernAndLogIt() throws Exception {
        byte[] pdf = mvc.perform(post("/correspondence/letters-of-concern/" + GOOD_SECONDARY)
                .param("concerns", "The action plan has not been agreed.\nGovernors missed two reviews.")
                .param("requiredActions", "Agree the action plan by 15 January 2027.")
                .with(user("officer").roles("OFFICER")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf")).andReturn()
                .getResponse().getContentAsByteArray();
        String text = PdfText.squeezed(pdf);
        assertThat(text).contains(PdfText.squeeze("Letter of concern: Fictional Cedar High School"))
                .contains(PdfText.squeeze("The action plan has not been agreed."))
                .contains(PdfText.squeeze("Governors missed two reviews."))
                .contains(PdfText.squeeze("Agree the action plan by 15 January 2027."));
        assertThat(events.stream(LetterOfConcernProduced.class))
                .containsExactly(new LetterOfConcernProduced("officer", String.valueOf(GOOD_SECONDARY), 2, 1));
    }

    @Test
    void shouldRefuseALetterOfConcernToAnAcademyAsNotFound() throws Exception {
        mvc.perform(get("/correspondence/letters-of-concern/" + INADEQUATE_ACADEMY).with(user("board").roles("BOARD")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/correspondence/letters/stage-1/" + INADEQUATE_ACADEMY + ".pdf")
                .with(user("officer").roles("OFFICER"))).andExpect(status().isNotFound());
    }

    private byte[] pdf(String path, String role) throws Exception {
        return pdf(path, user(role.toLowerCase()).roles(role));
    }

    private byte[] pdf(String path, RequestPostProcessor as) throws Exception {
        return mvc.perform(get(path).with(as)).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse()
                .getContentAsByteArray();
    }

    static YearMonth october() {
        return YearMonth.of(2026, 10);
    }
}
