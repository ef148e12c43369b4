package org.schoolscope.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.schoolscope.assessment.AssessmentReason;
import org.schoolscope.assessment.AssessmentRun;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.assessment.SchoolResult;
import org.schoolscope.assessment.UncheckedReason;
import org.schoolscope.shared.LaCode;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 12, "letters in plain English": over every Stage 1 letter of the Birmingham sample and every reason its run
 * gives, no text a person reads contains a rulebook variable ({@code $}), a name joined by underscores, a file name,
 * or a count of "Not recorded schools". Same properties as AssessmentRunsSampleTest, so the context is shared.
 */
@WithMockUser(username = "officer", roles = "OFFICER")
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class PlainEnglishLettersSampleTest {

    private static final LaCode BIRMINGHAM = new LaCode(330);

    /**
     * What code looks like in prose: a variable, a word_with_underscores, a file name, a phase that is not one, and a
     * measure's code ({@code ks4.attainment8}, {@code ofsted.category}).
     */
    private static final List<Pattern> CODE = List.of(Pattern.compile("\\$"), Pattern.compile("\\w_\\w"),
            Pattern.compile("(?i)\\.(csv|xlsx|xls|ods|zip|txt)\\b"), Pattern.compile("Not recorded schools"),
            Pattern.compile("\\b(ks[0-9]|absence|exclusions|report_card|soft|eyfs|census)\\.[a-z]"),
            Pattern.compile("\\bofsted\\.(?!gov)[a-z]"));

    @Autowired
    AssessmentRuns runs;

    @Autowired
    Stage1Letters letters;

    @Test
    void shouldWriteEveryLetterOfTheSampleWithoutCodeNamesOrFileNames() {
        runs.run(BIRMINGHAM, "plain English test");
        Stage1Batch batch = letters.letters(BIRMINGHAM, Stage1Filter.ALL, TestUsers.officer("test"));
        assertThat(batch.letters()).hasSizeGreaterThan(100);
        List<String> found = new ArrayList<>();
        for (Stage1Letter letter : batch.letters()) {
            String text = HtmlUtils.htmlUnescape(letters.html(letter).replaceAll("(?s)<head>.*?</head>", "")
                    .replaceAll("<[^>]+>", " "));
            found.addAll(code("letter to " + letter.school().urn(), text));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void shouldGiveEveryReasonOfTheSampleWithoutCodeNamesOrFileNames() {
        AssessmentRun run = runs.run(BIRMINGHAM, "plain English test");
        List<String> found = new ArrayList<>();
        List<SchoolResult> results = runs.results(run.id(), TestUsers.officer("test"));
        assertThat(results).hasSizeGreaterThan(100);
        for (SchoolResult result : results) {
            for (AssessmentReason reason : result.reasons()) {
                found.addAll(code(result.urn() + " " + reason.ruleId(), reason.explanation()));
            }
            for (UncheckedReason unchecked : result.unchecked()) {
                found.addAll(code(result.urn() + " " + unchecked.ruleId(), unchecked.explanation()));
            }
        }
        assertThat(found).isEmpty();
    }

    private static List<String> code(String where, String text) {
        List<String> found = new ArrayList<>();
        for (Pattern pattern : CODE) {
            var matcher = pattern.matcher(text);
            if (matcher.find()) {
                int from = Math.max(0, matcher.start() - 60);
                found.add(where + ": '" + matcher.group() + "' in ..."
                        + text.substring(from, Math.min(text.length(), matcher.end() + 60)).replaceAll("\\s+", " ")
                        + "...");
            }
        }
        return found;
    }
}
