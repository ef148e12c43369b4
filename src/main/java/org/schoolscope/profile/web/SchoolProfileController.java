package org.schoolscope.profile.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.profile.SchoolNotFoundException;
import org.schoolscope.profile.persistence.SchoolProfileQuery;
import org.schoolscope.profile.read.FigureComparison;
import org.schoolscope.profile.read.SchoolProfile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One school's profile: register facts, links, inspection history and latest figures with benchmarks. */
@Controller
class SchoolProfileController {

    private final SchoolProfileQuery profiles;

    SchoolProfileController(SchoolProfileQuery profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/schools/{urn}")
    String profile(@PathVariable("urn") String urn, ViewerScope viewer, Model model) {
        SchoolProfile profile = profiles.find(UrnPath.parse(urn), viewer)
                .orElseThrow(() -> new SchoolNotFoundException(urn));
        model.addAttribute("section", "schools");
        model.addAttribute("profile", profile);
        model.addAttribute("school", profile.register());
        model.addAttribute("figuresByTopic", byTopic(profile.figures()));
        return "profile/school-profile";
    }

    /** Keeps the query's order (topic, then measure label) while grouping. */
    private static Map<String, List<FigureComparison>> byTopic(List<FigureComparison> figures) {
        Map<String, List<FigureComparison>> topics = new LinkedHashMap<>();
        figures.forEach(figure -> topics.computeIfAbsent(figure.measure().topic(), topic -> new ArrayList<>())
                .add(figure));
        return topics;
    }
}
