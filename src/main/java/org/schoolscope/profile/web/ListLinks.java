package org.schoolscope.profile.web;

import org.schoolscope.profile.read.SchoolCriteria;
import org.schoolscope.profile.read.SchoolSort;
import org.schoolscope.profile.read.SortDirection;
import org.springframework.web.util.UriComponentsBuilder;

/** Addresses of the school list that keep the current filters while changing the order or the page. */
final class ListLinks {

    private final SchoolCriteria criteria;

    ListLinks(SchoolCriteria criteria) {
        this.criteria = criteria;
    }

    String sortedBy(SchoolSort sort, SortDirection direction) {
        return build(sort, direction, 1);
    }

    String page(int page) {
        return build(criteria.sort(), criteria.direction(), page);
    }

    private String build(SchoolSort sort, SortDirection direction, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/schools")
                .queryParam("la", criteria.la().value());
        optional(uri, "district", criteria.district());
        optional(uri, "phase", criteria.phase());
        optional(uri, "type", criteria.establishmentType());
        optional(uri, "body", criteria.responsibleBody() == null ? null : criteria.responsibleBody().name());
        optional(uri, "outcome", criteria.outcome() == null ? null : criteria.outcome().parameter());
        optional(uri, "q", criteria.search());
        optional(uri, "asAt", criteria.asAt() == null ? null : criteria.asAt().toString());
        uri.queryParam("sort", sort.parameter()).queryParam("order", direction.parameter());
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    private static void optional(UriComponentsBuilder uri, String name, String value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}
