package org.schoolscope.profile.web;

import java.time.Clock;
import java.time.LocalDate;
import org.schoolscope.profile.read.FilterOptions;
import org.schoolscope.profile.read.SchoolListing;
import java.util.List;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.profile.persistence.FilterOptionsQuery;
import org.schoolscope.profile.persistence.SchoolListQuery;
import org.schoolscope.profile.read.ResultPage;
import org.schoolscope.profile.read.SchoolCriteria;
import org.schoolscope.profile.read.SchoolSort;
import org.schoolscope.profile.read.SchoolSummary;
import org.schoolscope.web.CouncilProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The school list: a GET filter form, sortable columns and pages, opening on the council's own LA. */
@Controller
class SchoolListController {

    static final int PAGE_SIZE = 25;

    private final SchoolListQuery schools;
    private final FilterOptionsQuery filterOptions;
    private final CouncilProperties council;
    private final Wording wording;
    private final Clock clock;

    SchoolListController(SchoolListQuery schools, FilterOptionsQuery filterOptions, CouncilProperties council,
            Wording wording, Clock clock) {
        this.clock = clock;
        this.schools = schools;
        this.filterOptions = filterOptions;
        this.council = council;
        this.wording = wording;
    }

    @GetMapping("/schools")
    String list(SchoolListForm form, ViewerScope viewer, Model model) {
        SchoolListForm.Checked checked = form.check(council.la(), PAGE_SIZE);
        SchoolCriteria criteria = checked.criteria();
        SchoolListing listing = schools.find(criteria, viewer);
        ResultPage<SchoolSummary> results = listing.results();
        ListLinks links = new ListLinks(criteria);
        model.addAttribute("section", "schools");
        model.addAttribute("problems", checked.problems());
        model.addAttribute("criteria", criteria);
        model.addAttribute("results", results);
        model.addAttribute("listing", listing);
        model.addAttribute("today", LocalDate.now(clock));
        FilterOptions loaded = filterOptions.forLocalAuthority(criteria.la());
        model.addAttribute("choices", FilterChoices.of(new FilterOptions(loaded.localAuthorities(),
                loaded.districts(), listing.phases(), listing.types()), criteria, wording));
        model.addAttribute("columns", List.of(
                SortableColumn.of("schools.column.name", SchoolSort.NAME, false, criteria, links),
                SortableColumn.of("schools.column.urn", SchoolSort.URN, true, criteria, links),
                SortableColumn.of("schools.column.phase", SchoolSort.PHASE, false, criteria, links)));
        model.addAttribute("outcomeColumn",
                SortableColumn.of("schools.column.outcome", SchoolSort.OUTCOME, false, criteria, links));
        model.addAttribute("inspectedColumn",
                SortableColumn.of("schools.column.inspected", SchoolSort.INSPECTED, false, criteria, links));
        model.addAttribute("pagination", Pagination.of(results, links));
        return "profile/school-list";
    }
}
