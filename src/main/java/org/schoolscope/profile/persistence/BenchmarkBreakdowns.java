package org.schoolscope.profile.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which published benchmark breakdowns fit a school, best first. Census, absence and exclusions files publish LA
 * and England figures per school type ("State-funded primary"); a primary school is compared with the primary
 * figure where one is published, else with the figure for all schools (breakdown '').
 */
final class BenchmarkBreakdowns {

    private BenchmarkBreakdowns() {
    }

    static List<String> forSchool(String phase, String establishmentType) {
        String words = ((phase == null ? "" : phase) + " " + (establishmentType == null ? "" : establishmentType))
                .toLowerCase(Locale.ROOT);
        List<String> breakdowns = new ArrayList<>();
        if (words.contains("special")) {
            breakdowns.addAll(List.of("State-funded special school", "Special"));
        } else if (words.contains("primary")) {
            breakdowns.add("State-funded primary");
        } else if (words.contains("secondary") || words.contains("all-through") || words.contains("all through")) {
            breakdowns.add("State-funded secondary");
        }
        breakdowns.add("");
        return List.copyOf(breakdowns);
    }
}
