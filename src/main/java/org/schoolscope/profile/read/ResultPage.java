package org.schoolscope.profile.read;

import java.util.List;

/** One page of results and how many there are in all; pages count from 1. */
public record ResultPage<T>(List<T> items, long total, int page, int pageSize) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public long firstShown() {
        return items.isEmpty() ? 0 : (long) (page - 1) * pageSize + 1;
    }

    public long lastShown() {
        return (long) (page - 1) * pageSize + items.size();
    }
}
