package org.schoolscope.dashboard.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.schoolscope.dashboard.HeadlineMeasure;
import org.schoolscope.dashboard.HeadlineOutcome;
import org.schoolscope.dashboard.OutcomeYear;

/**
 * The geometry of a line chart of one headline outcome over the years, for a compact SVG template (as
 * {@link GradeChart} is for the bars): a line each for the council, England, the statistical neighbours' average and
 * the core cities' average, each named at its end so no line is told by its colour alone, with a marker shape of its
 * own at each year. A year with no value breaks the line. Drawn on the server; the page puts the numbers in a table.
 */
public record OutcomeChart(int width, int height, List<Line> lines, List<Tick> yTicks, List<Tick> xTicks,
        int plotLeft, int plotRight, int plotTop, int plotBottom) {

    static final int WIDTH = 760;
    static final int HEIGHT = 340;
    static final int LEFT = 64;
    static final int RIGHT = 540;
    static final int TOP = 20;
    static final int BOTTOM = 290;
    static final int LABEL_GAP = 18;

    /** One series: its name, colour, dash, the path through its values and its label at the last value. */
    public record Line(String key, String name, String colour, String dash, String path, List<Point> points,
            double labelY) {

        public double labelX() {
            return RIGHT + 10;
        }
    }

    /** A marker at one year's value; {@code shape} is circle, square, triangle or diamond. */
    public record Point(double x, double y, String shape, String words) {

        /** The marker's outline as SVG path data around its centre. */
        public String marker() {
            return switch (shape) {
                case "square" -> String.format(Locale.ROOT, "M%.1f %.1fh8v8h-8z", x - 4, y - 4);
                case "triangle" -> String.format(Locale.ROOT, "M%.1f %.1fl5 9h-10z", x, y - 5);
                case "diamond" -> String.format(Locale.ROOT, "M%.1f %.1fl5 5l-5 5l-5 -5z", x, y - 5);
                default -> String.format(Locale.ROOT, "M%.1f %.1fa4.5 4.5 0 1 0 0.01 0z", x - 4.5, y);
            };
        }
    }

    /** An axis label and where it goes. */
    public record Tick(double at, String label) {
    }

    private record Series(String key, String name, String colour, String dash, String shape,
            Function<OutcomeYear, BigDecimal> value) {
    }

    static OutcomeChart of(HeadlineOutcome outcome, String councilName) {
        List<Series> series = List.of(
                new Series("council", councilName, "#1d70b8", "", "circle", OutcomeYear::council),
                new Series("england", "England", "#0b0c0c", "6 4", "square", OutcomeYear::england),
                new Series("neighbours", "Neighbours (average)", "#f47738", "2 3", "triangle",
                        OutcomeYear::neighbours),
                new Series("core-cities", "Core cities (average)", "#4c2c92", "10 3 2 3", "diamond",
                        OutcomeYear::coreCities));
        List<OutcomeYear> years = outcome.years();
        List<BigDecimal> values = years.stream()
                .flatMap(year -> series.stream().map(s -> s.value().apply(year))).filter(Objects::nonNull).toList();
        Scale scale = Scale.of(values);
        List<Line> lines = new ArrayList<>();
        for (Series s : series) {
            StringBuilder path = new StringBuilder();
            List<Point> points = new ArrayList<>();
            boolean drawing = false;
            for (int i = 0; i < years.size(); i++) {
                BigDecimal value = s.value().apply(years.get(i));
                if (value == null) {
                    drawing = false;
                    continue;
                }
                double x = x(i, years.size());
                double y = scale.y(value.doubleValue());
                path.append(drawing ? " L" : (path.length() == 0 ? "M" : " M"))
                        .append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                drawing = true;
                points.add(new Point(x, y, s.shape(), s.name() + ", " + years.get(i).label() + ": "
                        + outcome.measure().format(value)));
            }
            if (!points.isEmpty()) {
                lines.add(new Line(s.key(), s.name(), s.colour(), s.dash(), path.toString(), points,
                        points.get(points.size() - 1).y()));
            }
        }
        spreadLabels(lines);
        List<Tick> xTicks = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            xTicks.add(new Tick(x(i, years.size()), years.get(i).shortLabel()));
        }
        List<Tick> yTicks = scale.ticks().stream()
                .map(v -> new Tick(scale.y(v.doubleValue()), v.toPlainString()
                        + (outcome.measure().unit() == HeadlineMeasure.Unit.PERCENT ? "%" : ""))).toList();
        return new OutcomeChart(WIDTH, HEIGHT, lines, yTicks, xTicks, LEFT, RIGHT, TOP, BOTTOM);
    }

    public boolean empty() {
        return lines.isEmpty();
    }

    private static double x(int index, int count) {
        return count == 1 ? (LEFT + RIGHT) / 2.0 : LEFT + 20 + index * (RIGHT - LEFT - 40.0) / (count - 1);
    }

    /** Moves the lines' end labels apart, keeping their order, so that none overlaps another. */
    private static void spreadLabels(List<Line> lines) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(Line::labelY));
        double previous = Double.NEGATIVE_INFINITY;
        for (Line line : sorted) {
            double y = Math.max(line.labelY(), previous + LABEL_GAP);
            lines.set(lines.indexOf(line), new Line(line.key(), line.name(), line.colour(), line.dash(), line.path(),
                    line.points(), y));
            previous = y;
        }
    }

    /** The value axis: a range around the values with round steps, and where a value goes on it. */
    private record Scale(double low, double high, double step) {

        static Scale of(List<BigDecimal> values) {
            double min = values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
            double max = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
            if (max - min < 1e-9) {
                min -= 1;
                max += 1;
            }
            double step = niceStep((max - min) / 4);
            return new Scale(Math.floor(min / step) * step, Math.ceil(max / step) * step, step);
        }

        private static double niceStep(double rough) {
            double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
            double fraction = rough / magnitude;
            double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
            return nice * magnitude;
        }

        double y(double value) {
            return BOTTOM - (value - low) / (high - low) * (BOTTOM - TOP);
        }

        List<BigDecimal> ticks() {
            List<BigDecimal> ticks = new ArrayList<>();
            for (double v = low; v <= high + step / 2; v += step) {
                BigDecimal tick = BigDecimal.valueOf(Math.round(v / step) * step).setScale(6, RoundingMode.HALF_UP)
                        .stripTrailingZeros();
                ticks.add(tick.signum() == 0 ? BigDecimal.ZERO : tick);
            }
            return ticks;
        }
    }
}
