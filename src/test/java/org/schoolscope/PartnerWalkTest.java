package org.schoolscope;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.RouteRules;
import org.schoolscope.testing.CrisisNoteFixture;
import org.schoolscope.testing.MappedRoutes;
import org.schoolscope.testing.RouteWalk;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.schoolscope.testing.SettableClock;

/**
 * Issue 10, part 3: a partner allocated only Shaw Hill Primary School (103157) walks every GET route the application
 * maps, with 103157 for the school and real ids for runs and the board meeting, and no answer (page, API, export,
 * refusal) names another school or gives its URN. The other schools are the register's own, read from the database;
 * the data behind the walk (two runs, the agreed list with about seventy schools, partners, a board meeting) is the
 * sample with {@link CrisisNoteFixture}.
 */
@SpringBootTest(properties = {"schoolscope.sample-data.load-on-first-start=true",
        "schoolscope.test.isolated-database=crisis-note"})
@AutoConfigureMockMvc
class PartnerWalkTest {

    /** A number of six digits standing alone: how a URN appears in text. */
    static final Pattern SIX_DIGITS = Pattern.compile("(?<![0-9])[0-9]{6}(?![0-9])");

    static final RequestPostProcessor PARTNER = TestUsers.allocated("pat.partner", Role.PARTNER,
            List.of(CrisisNoteFixture.SCHOOL));

    @Autowired
    SettableClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    List<RouteRules> rules;

    @Test
    void shouldShowAPartnerNoOtherSchoolsNameOrUrnAnywhere() throws Exception {
        CrisisNoteFixture.Made made = CrisisNoteFixture.load(context);
        Map<String, Object> own = jdbc.sql("select * from school where urn = :urn")
                .param("urn", made.school().value()).query().singleRow();
        // The school's own data: a name of another school found in it (none in the sample) is not a leak.
        String ownData = own.values().stream().filter(value -> value instanceof String).map(Object::toString)
                .reduce("", (all, value) -> all + " | " + value) + " | Birmingham City Council";
        Set<Integer> otherUrns = new HashSet<>(jdbc.sql("select urn from school where urn <> :urn")
                .param("urn", made.school().value()).query(Integer.class).list());
        List<String> otherNames = jdbc.sql("select distinct name from school where urn <> :urn and name is not null")
                .param("urn", made.school().value()).query(String.class).list();
        List<String> excluded = otherNames.stream().filter(name -> ownData.contains(name)).toList();
        assertThat(excluded).as("other schools' names found in 103157's own data, which are not searched for")
                .isEmpty();
        assertThat(otherUrns).as("the register the walk compares with").hasSizeGreaterThan(400);

        List<String> leaks = new ArrayList<>();
        List<String> visited = new ArrayList<>();
        for (String pattern : MappedRoutes.getPatterns(mappings, rules)) {
            for (String path : RouteWalk.paths(pattern, made, YearMonth.now(clock))) {
                RouteWalk.Visit visit = RouteWalk.visit(mvc, path, PARTNER);
                visited.add(visit.status() + " " + path);
                if (!path.startsWith("/error")) {
                    // Asked for directly, with no error to show, Spring Boot's error page answers 500 by design.
                    assertThat(visit.status()).as("status of " + path).isLessThan(500);
                }
                String text = visit.text().replaceAll("\\s+", " ");
                String squeezed = text.replaceAll("\\s+", "");
                Matcher numbers = SIX_DIGITS.matcher(text);
                while (numbers.find()) {
                    if (otherUrns.contains(Integer.parseInt(numbers.group()))) {
                        leaks.add(path + " gives URN " + numbers.group());
                    }
                }
                for (String name : otherNames) {
                    if (squeezed.contains(name.replaceAll("\\s+", ""))) {
                        leaks.add(path + " names " + name);
                    }
                }
            }
        }
        assertThat(leaks).as("what the partner saw of other schools").isEmpty();
        assertThat(visited).as("the routes walked, every mapped GET route").hasSizeGreaterThan(50);
        // The walk saw the partner's own school where it should, so it can tell a page that shows schools.
        assertThat(visited).contains("200 /schools", "200 /improvement", "200 /assessments/priority-list",
                "200 /schools/" + made.school(), "200 /improvement/board-meetings/" + made.meeting());
        assertThat(RouteWalk.visit(mvc, "/improvement", PARTNER).text()).contains("Shaw Hill Primary School");
        assertThat(RouteWalk.visit(mvc, "/assessments/priority-list.csv", PARTNER).text())
                .contains("Shaw Hill Primary School");
    }
}
