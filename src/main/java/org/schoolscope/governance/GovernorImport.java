package org.schoolscope.governance;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.schoolscope.governance.domain.Appointment;
import org.schoolscope.governance.domain.GovernorCategory;
import org.schoolscope.governance.domain.PersonName;
import org.schoolscope.governance.persistence.GovernanceSchools;
import org.schoolscope.governance.persistence.GovernanceStore;
import org.schoolscope.ingest.RowReader;
import org.schoolscope.ingest.TabularFile;
import org.schoolscope.ingest.TabularFileReader;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.shared.Urn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports governors from a council's or a school's spreadsheet (CSV or XLSX, read by the ingest module's reader) with
 * the columns URN, Full name, Category, Appointed by and Term start, and optionally Email, Postcode and Term end.
 * Every row is checked before anything is stored; a file with any problem is refused whole with each problem's line
 * and column. Each row is a new record of a person, never joined to another on its own: the officer confirms the
 * suggested matches afterwards. A row already on the register (the same name at the same school, in the same category,
 * from the same day) is left as it is, and the same file twice changes nothing.
 */
@Service
public class GovernorImport {

    static final List<String> REQUIRED = List.of("URN", "Full name", "Category", "Appointed by", "Term start");

    private final GovernanceStore store;
    private final GovernanceSchools schools;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GovernorImport(GovernanceStore store, GovernanceSchools schools, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.schools = schools;
        this.events = events;
        this.clock = clock;
    }

    /** What an import did: rows read, appointments added, rows already on the register; or that it was seen before. */
    public record Outcome(String fileName, int rowsRead, int added, int unchanged, String importedBefore) {

        public boolean repeated() {
            return importedBefore != null;
        }
    }

    /**
     * @throws org.schoolscope.ingest.ImportRejectedException naming every problem, when nothing was stored
     */
    @Transactional
    public Outcome importFile(String fileName, byte[] bytes, String actor) {
        String sha256 = sha256(bytes);
        Optional<String> before = store.importedBefore(sha256);
        if (before.isPresent()) {
            return new Outcome(fileName, 0, 0, 0, before.get());
        }
        TabularFile file = TabularFileReader.read(fileName, bytes);
        RowReader reader = new RowReader(file);
        int urnColumn = reader.require("URN");
        int nameColumn = reader.require("Full name");
        int categoryColumn = reader.require("Category");
        int bodyColumn = reader.require("Appointed by");
        int startColumn = reader.require("Term start");
        int emailColumn = reader.optional("Email");
        int postcodeColumn = reader.optional("Postcode");
        int endColumn = reader.optional("Term end");
        reader.rejectIfProblems();
        LocalDate today = LocalDate.now(clock);
        List<Row> rows = new ArrayList<>();
        List<Urn> urns = new ArrayList<>();
        // A file's rows stream past once; a governor workbook is small, so they are kept for the second pass.
        List<TabularFile.Row> fileRows = new ArrayList<>();
        file.rows().forEach(fileRows::add);
        for (TabularFile.Row row : fileRows) {
            Integer number = reader.integer(row, urnColumn);
            if (number != null) {
                try {
                    urns.add(new Urn(number));
                } catch (IllegalArgumentException notAUrn) {
                    // reported below
                }
            }
        }
        Map<Urn, RegisteredSchool> known = schools.schools(urns, today);
        for (TabularFile.Row row : fileRows) {
            Urn urn = urn(reader, row, urnColumn, known);
            String name = required(reader, row, nameColumn, "the governor's full name");
            String categoryText = required(reader, row, categoryColumn, "the category");
            GovernorCategory category = null;
            if (categoryText != null) {
                category = GovernorCategory.read(categoryText).orElse(null);
                if (category == null) {
                    reader.problem(row, categoryColumn, "UNKNOWN_CATEGORY", "'" + categoryText
                            + "' is not a category of governor: use one of " + labels());
                }
            }
            String body = required(reader, row, bodyColumn, "who appointed the governor");
            LocalDate start = reader.date(row, startColumn);
            if (start == null && reader.text(row, startColumn) == null) {
                reader.problem(row, startColumn, "MISSING_VALUE", "Enter the date the term of office started");
            }
            LocalDate end = reader.date(row, endColumn);
            if (start != null && end != null && end.isBefore(start)) {
                reader.problem(row, endColumn, "TERM_ENDS_BEFORE_START", "The term of office ends (" + end
                        + ") before it starts (" + start + ")");
            }
            rows.add(new Row(row.line(), urn, name, category, body, start, end, reader.text(row, emailColumn),
                    reader.text(row, postcodeColumn)));
        }
        if (fileRows.isEmpty()) {
            reader.fileProblem("NO_ROWS", "The file has a header but no governors");
        }
        reader.rejectIfProblems();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Set<String> onRegister = new HashSet<>();
        for (Appointment appointment : store.allAppointments(now)) {
            onRegister.add(key(appointment.urn(), PersonName.key(appointment.fullName()), appointment.category(),
                    appointment.termStart()));
        }
        int added = 0;
        int unchanged = 0;
        for (Row row : rows) {
            if (!onRegister.add(key(row.urn(), PersonName.key(row.name()), row.category(), row.start()))) {
                unchanged++;
                continue;
            }
            String source = "imported from " + fileName + ", line " + row.line();
            long record = store.addPerson(row.name(), row.email(), row.postcode(), source, actor, now);
            store.addAppointment(record, row.urn(), row.category(), row.body(), row.start(), row.end(), source,
                    actor, now);
            added++;
        }
        store.addImport(fileName, sha256, rows.size(), added, unchanged, actor, now);
        events.publishEvent(new GovernanceAudit(actor, "import", GovernanceAudit.GOVERNOR, fileName,
                "imported " + added + " governors' appointments from " + fileName + " (" + unchanged
                        + " already on the register)"));
        return new Outcome(fileName, rows.size(), added, unchanged, null);
    }

    private record Row(long line, Urn urn, String name, GovernorCategory category, String body, LocalDate start,
            LocalDate end, String email, String postcode) {
    }

    private static Urn urn(RowReader reader, TabularFile.Row row, int column, Map<Urn, RegisteredSchool> known) {
        String text = reader.text(row, column);
        if (text == null) {
            reader.problem(row, column, "MISSING_VALUE", "Enter the school's URN");
            return null;
        }
        Integer number = reader.integer(row, column);
        if (number == null) {
            return null;
        }
        try {
            Urn urn = new Urn(number);
            if (!known.containsKey(urn)) {
                reader.problem(row, column, "UNKNOWN_SCHOOL", "No school with URN " + urn + " is in the register");
                return null;
            }
            return urn;
        } catch (IllegalArgumentException notAUrn) {
            reader.problem(row, column, "NOT_A_URN", "'" + text + "' is not a URN: a URN has six digits");
            return null;
        }
    }

    private static String required(RowReader reader, TabularFile.Row row, int column, String what) {
        String text = reader.text(row, column);
        if (text == null) {
            reader.problem(row, column, "MISSING_VALUE", "Enter " + what);
        }
        return text;
    }

    private static String labels() {
        return java.util.Arrays.stream(GovernorCategory.values()).map(GovernorCategory::label)
                .collect(Collectors.joining(", "));
    }

    private static String key(Urn urn, String nameKey, GovernorCategory category, LocalDate start) {
        return urn + "|" + nameKey + "|" + category + "|" + start;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
