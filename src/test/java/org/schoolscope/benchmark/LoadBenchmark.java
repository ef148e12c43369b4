package org.schoolscope.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.schoolscope.SchoolscopeApplication;
import org.schoolscope.access.account.ApiTokens;
import org.schoolscope.access.account.UserAccounts;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.ingest.ImportOptions;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Role;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code ./benchmark load} (issue 13, item 6): the service on its embedded database with the sample loaded, on
 * loopback, and concurrent users, each signed in through the form with a session of their own, browsing school pages,
 * the school list, the priority list and the school API (with a personal token), each picking at random. Two phases
 * of the same length after an unreported warm-up of up to 30 s: quiet, then while the all-England CSV files are
 * imported. Prints, per page and phase,
 * throughput, the 50th, 95th and 99th percentile and the errors (any answer but 200, or no answer), to the console
 * and {@code target/benchmark-load.txt}. The clients share the two cores with the service, so the figures are the
 * floor of what a server of its own would give.
 *
 * <p>{@code -Dschoolscope.benchmark.load-users=50} and {@code -Dschoolscope.benchmark.load-seconds=600} set the size;
 * the smoke run uses 3 users for 3 seconds a phase and imports one small file.
 */
final class LoadBenchmark {

    enum Target { SCHOOL_PAGE, SCHOOL_LIST, PRIORITY_LIST, SCHOOL_API }

    private static final String USER = "load.officer";
    private static final String PASSWORD = "a load benchmark's long password";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private record Sample(Target target, long nanos, boolean ok) {
    }

    private LoadBenchmark() {
    }

    static String run(boolean smoke) throws Exception {
        int users = smoke ? 3 : Integer.getInteger("schoolscope.benchmark.load-users", 50);
        int seconds = smoke ? 3 : Integer.getInteger("schoolscope.benchmark.load-seconds", 600);
        Path data = Files.createTempDirectory("schoolscope-load");
        // Run as root, the embedded server runs as 'nobody', who must be able to enter the folder.
        data.toFile().setExecutable(true, false);
        ConfigurableApplicationContext service = new SpringApplicationBuilder(SchoolscopeApplication.class)
                .web(WebApplicationType.SERVLET)
                // Arguments, not defaults: they override the test class path's settings (no sample, tiny pools).
                .run("--schoolscope.embedded-database.data-directory=" + data.resolve("postgres"),
                        "--schoolscope.sample-data.load-on-first-start=true", "--logging.level.root=warn",
                        "--server.port=0", "--server.address=127.0.0.1",
                        "--spring.datasource.hikari.maximum-pool-size=10",
                        "--spring.datasource.hikari.minimum-idle=10");
        try {
            String base = "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
            service.getBean(UserAccounts.class).addLocal(USER, "Load Officer", PASSWORD, Set.of(Role.OFFICER),
                    Set.of(), "load benchmark");
            String token = service.getBean(ApiTokens.class).create(USER, "load benchmark", "load benchmark").secret();
            service.getBean(AssessmentRuns.class).run(new LaCode(330), "load benchmark");
            List<Integer> urns = service.getBean(JdbcClient.class)
                    .sql("select urn from school where la_code = 330 order by urn").query(Integer.class).list();
            List<HttpClient> sessions = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                sessions.add(signedIn(base));
            }
            if (!smoke) {
                // A first minute of a fresh JVM measures the compiler, not the service: warm up, unreported.
                phase("warm-up", sessions, base, token, urns, Math.min(30, seconds), null);
            }
            StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                    "%nLoad: %d users for %d s a phase, on loopback, the sample's %d Birmingham schools%n", users,
                    seconds, urns.size()));
            report.append(phase("quiet", sessions, base, token, urns, seconds, null));
            report.append(phase("during an import", sessions, base, token, urns, seconds,
                    () -> importNationalFiles(service, smoke)));
            return report.toString();
        } finally {
            service.close();
            deleteQuietly(data);
        }
    }

    /** One phase: every user browses until the time is up; a background job, if any, runs beside them. */
    private static String phase(String name, List<HttpClient> sessions, String base, String token,
            List<Integer> urns, int seconds, Runnable beside) throws Exception {
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size() + 1);
        try {
            Future<?> background = beside == null ? null : pool.submit(beside);
            List<Future<?>> clients = new ArrayList<>();
            for (HttpClient session : sessions) {
                clients.add(pool.submit(() -> browse(session, base, token, urns, running, samples)));
            }
            long started = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            running.set(false);
            for (Future<?> client : clients) {
                client.get();
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            String importNote = "";
            if (background != null) {
                importNote = background.isDone() ? " (the import finished within the phase)"
                        : " (the import was still running at the end)";
                background.get();
            }
            return summary(name + importNote, new ArrayList<>(samples), elapsed);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void browse(HttpClient session, String base, String token, List<Integer> urns,
            AtomicBoolean running, ConcurrentLinkedQueue<Sample> samples) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (running.get()) {
            int pick = random.nextInt(10);
            Target target = pick < 4 ? Target.SCHOOL_PAGE : pick < 6 ? Target.SCHOOL_LIST
                    : pick < 7 ? Target.PRIORITY_LIST : Target.SCHOOL_API;
            int urn = urns.get(random.nextInt(urns.size()));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + switch (target) {
                case SCHOOL_PAGE -> "/schools/" + urn;
                case SCHOOL_LIST -> "/schools?page=" + (1 + random.nextInt(5));
                case PRIORITY_LIST -> "/assessments/priority-list";
                case SCHOOL_API -> "/api/v1/schools/" + urn;
            })).timeout(Duration.ofSeconds(60));
            if (target == Target.SCHOOL_API) {
                request.header("Authorization", "Bearer " + token);
            }
            long started = System.nanoTime();
            boolean ok;
            try {
                ok = session.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                ok = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            samples.add(new Sample(target, System.nanoTime() - started, ok));
        }
    }

    /** A client with its own session, signed in through the sign-in form with its CSRF token. */
    private static HttpClient signedIn(String base) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("The sign-in page has no CSRF token");
        }
        String body = "username=" + encode(USER) + "&password=" + encode(PASSWORD) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<Void> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("sign-in")) {
            throw new IllegalStateException("Sign-in failed: " + signedIn.statusCode() + " to " + location);
        }
        return client;
    }

    /** The all-England CSV files, as a council would import them (its own schools only); one small file in smoke. */
    private static void importNationalFiles(ConfigurableApplicationContext service, boolean smoke) {
        ImportService imports = service.getBean(ImportService.class);
        ImportOptions skipOthers = new ImportOptions(false, true, false);
        try {
            List<Path> files = smoke ? List.of(Smoke.nationalStandIns().resolve("2018-2019_330_abs_birmingham.csv"))
                    : imports.inImportOrder(ImportService.expand(List.of(Path.of(System.getenv()
                            .getOrDefault("SCHOOLSCOPE_NATIONAL_DATA", "../shared/data/national")))))
                            .stream().filter(file -> file.getFileName().toString().contains(".csv")).toList();
            for (Path file : files) {
                ImportReport report = imports.importFile(file, "load benchmark", skipOthers, ImportProgress.SILENT);
                if (report.rejected()) {
                    throw new IllegalStateException(report.summary());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String summary(String phase, List<Sample> samples, double seconds) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%nPhase: %s, %.0f s%n", phase, seconds));
        text.append(String.format(Locale.ROOT, "  %-14s %9s %9s %9s %9s %9s %7s%n", "page", "requests", "per s",
                "p50 ms", "p95 ms", "p99 ms", "errors"));
        Map<Target, List<Sample>> byTarget = new EnumMap<>(Target.class);
        samples.forEach(sample -> byTarget.computeIfAbsent(sample.target(), t -> new ArrayList<>()).add(sample));
        byTarget.forEach((target, list) -> text.append(line(target.name().toLowerCase(Locale.ROOT), list, seconds)));
        text.append(line("all", samples, seconds));
        return text.toString();
    }

    private static String line(String name, List<Sample> samples, double seconds) {
        long[] nanos = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
        long errors = samples.stream().filter(sample -> !sample.ok()).count();
        return String.format(Locale.ROOT, "  %-14s %9d %9.1f %9.0f %9.0f %9.0f %7d%n", name, nanos.length,
                nanos.length / seconds, percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99), errors);
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sortedNanos, int percent) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + folder + ": " + e.getMessage());
        }
    }
}
