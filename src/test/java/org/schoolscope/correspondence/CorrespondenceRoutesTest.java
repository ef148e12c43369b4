package org.schoolscope.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.RouteRule;
import org.schoolscope.shared.RouteRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every route of the module is declared with the roles the brief gives, and none is declared that does not exist. */
@SpringBootTest
@AutoConfigureMockMvc
class CorrespondenceRoutesTest {

    @Autowired
    RequestMappingHandlerMapping mappings;

    @Autowired
    List<RouteRules> rules;

    @Test
    void shouldDeclareARuleForEveryCorrespondenceRouteAndNoOther() {
        List<String> mapped = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("org.schoolscope.correspondence")) {
                for (var httpMethod : info.getMethodsCondition().getMethods()) {
                    for (String pattern : info.getPatternValues()) {
                        mapped.add(httpMethod.name() + " " + pattern);
                    }
                }
            }
        });
        List<String> declared = correspondenceRules().stream().map(rule -> rule.method() + " " + rule.pattern())
                .toList();
        assertThat(mapped).isNotEmpty();
        assertThat(declared).containsExactlyInAnyOrderElementsOf(mapped);
    }

    @Test
    void shouldLetOnlyTheBriefsRolesUseEachRoute() {
        assertThat(roles("GET", "/correspondence/letters/stage-1")).containsExactlyInAnyOrder(Role.ADMIN, Role.OFFICER);
        assertThat(roles("GET", "/correspondence/letters/stage-1/{urn}.pdf"))
                .containsExactlyInAnyOrder(Role.ADMIN, Role.OFFICER, Role.HEADTEACHER);
        assertThat(roles("GET", "/correspondence/academy-notification.pdf"))
                .containsExactlyInAnyOrder(Role.ADMIN, Role.OFFICER);
        assertThat(roles("POST", "/correspondence/letters-of-concern/{urn}"))
                .containsExactlyInAnyOrder(Role.ADMIN, Role.OFFICER, Role.BOARD);
        assertThat(roles("GET", "/correspondence/monthly-report.xlsx"))
                .containsExactlyInAnyOrder(Role.ADMIN, Role.OFFICER, Role.DCS, Role.BOARD, Role.ANALYST);
    }

    private Set<Role> roles(String method, String pattern) {
        return correspondenceRules().stream().filter(rule -> rule.method().equals(method))
                .filter(rule -> rule.pattern().equals(pattern)).findFirst().orElseThrow().roles();
    }

    private List<RouteRule> correspondenceRules() {
        return rules.stream().flatMap(moduleRules -> moduleRules.routeRules().stream())
                .filter(rule -> rule.pattern().startsWith("/correspondence")).toList();
    }
}
