package org.schoolscope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No test reads the wall clock (issue 13, item 7): "today" in a test comes from the service's clock, which a test
 * sets when it needs a date ({@code testing.SettableClock}), so every test and the service agree on the day and a
 * test's dates can be fixed. Waits bounded by time use {@code System.nanoTime}, a timer, not the time of day.
 */
class TestsReadTheClockTest {

    private static final Path TESTS = Path.of("src/test/java/org/schoolscope");

    /** A read of the time of day without a clock: now() with no argument, or the system's milliseconds. */
    private static final Pattern WALL_CLOCK = Pattern.compile(
            "\\b(?:LocalDate|LocalDateTime|LocalTime|Instant|OffsetDateTime|ZonedDateTime|YearMonth|Year)\\.now\\(\\)"
                    + "|System\\.currentTimeMillis\\(\\)|Clock\\.system(?:DefaultZone|UTC)\\(\\)|new java\\.util\\.Date\\(\\)");

    @Test
    void shouldFindNoTestReadingTheWallClock() throws IOException {
        List<String> reads;
        try (Stream<Path> files = Files.walk(TESTS)) {
            reads = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("SettableClock.java"))
                    .filter(f -> !f.getFileName().toString().equals("TestsReadTheClockTest.java"))
                    .flatMap(TestsReadTheClockTest::wallClockReads).toList();
        }
        assertThat(reads).as("read today from the injected SettableClock instead").isEmpty();
    }

    @Test
    void shouldRecogniseAWallClockRead() {
        assertThat(WALL_CLOCK.matcher("LocalDate today = LocalDate.now();").find()).isTrue();
        assertThat(WALL_CLOCK.matcher("long t = System.currentTimeMillis();").find()).isTrue();
        assertThat(WALL_CLOCK.matcher("LocalDate today = LocalDate.now(clock);").find()).isFalse();
    }

    private static Stream<String> wallClockReads(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> WALL_CLOCK.matcher(lines.get(i)).find())
                    .mapToObj(i -> TESTS.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
