package org.schoolscope.profile.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.schoolscope.profile.read.ResultPage;
import org.schoolscope.profile.read.SchoolCriteria;
import org.schoolscope.profile.read.SchoolSort;
import org.schoolscope.profile.read.SortDirection;
import org.schoolscope.shared.LaCode;

class PaginationTest {

    @Test
    void shouldShowFirstLastAndNeighbouringPagesWithEllipsesBetween() {
        Pagination pagination = paginate(6, 250);
        assertThat(pagination.items()).extracting(Pagination.Item::number).containsExactly(1, 0, 5, 6, 7, 0, 10);
        assertThat(pagination.items()).filteredOn(Pagination.Item::current).extracting(Pagination.Item::number)
                .containsExactly(6);
        assertThat(pagination.previousHref()).endsWith("&page=5");
        assertThat(pagination.nextHref()).endsWith("&page=7");
    }

    @Test
    void shouldNotBeShownForASinglePage() {
        Pagination pagination = paginate(1, 12);
        assertThat(pagination.needed()).isFalse();
        assertThat(pagination.previousHref()).isNull();
        assertThat(pagination.nextHref()).isNull();
    }

    @Test
    void shouldLinkTheFirstPageWithoutAPageNumber() {
        assertThat(paginate(2, 60).previousHref()).isEqualTo("/schools?la=330&sort=name&order=asc");
    }

    private static Pagination paginate(int page, long total) {
        SchoolCriteria criteria = new SchoolCriteria(new LaCode(330), null, null, null, null, null, SchoolSort.NAME,
                SortDirection.ASCENDING, page, 25, null, null);
        return Pagination.of(new ResultPage<>(Collections.emptyList(), total, page, 25), new ListLinks(criteria));
    }
}
