package org.schoolscope.profile.api;

import java.util.List;

/** One page of the school list. */
public record SchoolListResponse(List<SchoolListItem> schools, long total, int page, int pageSize, int pageCount) {
}
