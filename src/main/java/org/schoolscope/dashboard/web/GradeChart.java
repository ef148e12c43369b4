package org.schoolscope.dashboard.web;

import java.util.ArrayList;
import java.util.List;
import org.schoolscope.dashboard.GradeCounts;
import org.schoolscope.dashboard.LatestGrade;
import org.schoolscope.dashboard.SchoolGroup;

/**
 * The geometry of the bar chart of grades by group, for a compact SVG template: one bar per group, as long as the
 * page is wide, split by each grade's share of the group's schools. Drawn on the server so the page needs no
 * JavaScript; the page puts the same numbers in a table beside it.
 */
record GradeChart(int width, int height, List<Bar> bars, List<Key> keys) {

    static final int LABEL_WIDTH = 170;
    static final int BAR_WIDTH = 380;
    static final int BAR_HEIGHT = 22;
    static final int ROW_HEIGHT = 32;
    static final int KEY_HEIGHT = 60;
    static final int WIDTH = 760;

    /** A segment's colour from the GOV.UK palette, in the order of {@link LatestGrade}. */
    static String colour(LatestGrade grade) {
        return switch (grade) {
            case OUTSTANDING -> "#003078";
            case GOOD -> "#5694ca";
            case REQUIRES_IMPROVEMENT -> "#f47738";
            case INADEQUATE -> "#d4351c";
            case NO_OVERALL_GRADE -> "#b1b4b6";
            case NOT_INSPECTED -> "#f3f2f1";
        };
    }

    record Segment(LatestGrade grade, double x, double width, String colour, long schools) {
    }

    record Bar(String label, double y, double textY, List<Segment> segments, long schools, Long goodOrBetterPercent) {
    }

    record Key(LatestGrade grade, int x, int y, String colour) {
    }

    static GradeChart of(List<SchoolGroup> groups) {
        List<Bar> bars = new ArrayList<>();
        int row = 0;
        for (SchoolGroup group : groups) {
            GradeCounts grades = group.grades();
            double y = KEY_HEIGHT + row * ROW_HEIGHT;
            List<Segment> segments = new ArrayList<>();
            double x = LABEL_WIDTH;
            for (LatestGrade grade : LatestGrade.values()) {
                long count = grades.count(grade);
                if (count > 0) {
                    double width = BAR_WIDTH * (double) count / grades.schools();
                    segments.add(new Segment(grade, x, width, colour(grade), count));
                    x += width;
                }
            }
            bars.add(new Bar(group.name(), y, y + BAR_HEIGHT / 2.0 + 5, segments, grades.schools(),
                    grades.goodOrBetterPercent()));
            row++;
        }
        List<Key> keys = new ArrayList<>();
        LatestGrade[] grades = LatestGrade.values();
        for (int i = 0; i < grades.length; i++) {
            keys.add(new Key(grades[i], (i % 3) * 250, (i / 3) * 24, colour(grades[i])));
        }
        return new GradeChart(WIDTH, KEY_HEIGHT + row * ROW_HEIGHT, bars, keys);
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int barEnd() {
        return LABEL_WIDTH + BAR_WIDTH;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }
}
