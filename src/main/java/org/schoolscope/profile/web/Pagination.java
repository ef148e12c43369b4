package org.schoolscope.profile.web;

import java.util.ArrayList;
import java.util.List;
import org.schoolscope.profile.read.ResultPage;

/** The GOV.UK pagination component's links: previous, next, and page numbers near the current one. */
public record Pagination(String previousHref, String nextHref, List<Item> items) {

    /** A page number link, or an ellipsis where pages are skipped (number 0). */
    public record Item(int number, String href, boolean current) {

        public boolean ellipsis() {
            return number == 0;
        }

        /** Built here because Thymeleaf reads a double underscore in an expression as preprocessing. */
        public String cssClass() {
            return "govuk-pagination__item" + (ellipsis() ? " govuk-pagination__item--ellipses"
                    : current ? " govuk-pagination__item--current" : "");
        }
    }

    public boolean needed() {
        return items.size() > 1;
    }

    static Pagination of(ResultPage<?> results, ListLinks links) {
        int current = results.page();
        int last = results.pageCount();
        List<Item> items = new ArrayList<>();
        int previousShown = 0;
        for (int number = 1; number <= last; number++) {
            boolean nearCurrent = Math.abs(number - current) <= 1;
            if (number == 1 || number == last || nearCurrent) {
                if (number - previousShown > 1) {
                    items.add(new Item(0, null, false));
                }
                items.add(new Item(number, links.page(number), number == current));
                previousShown = number;
            }
        }
        return new Pagination(current > 1 ? links.page(current - 1) : null,
                current < last ? links.page(current + 1) : null, List.copyOf(items));
    }
}
