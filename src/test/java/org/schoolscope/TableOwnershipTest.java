package org.schoolscope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One definition of each fact (DESIGN.md, "Who owns which fact"): a module's SQL names only its own tables, and asks
 * other modules through their read APIs or the views and functions they publish. The table of owners below is
 * written by hand from DESIGN.md's module list; every table a migration creates must be in it, so a new table
 * cannot slip past unowned.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/org/schoolscope");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Table → the module that owns it. */
    private static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("school", "register"), Map.entry("school_record", "register"),
            Map.entry("school_evidence", "register"), Map.entry("school_list", "register"),
            Map.entry("school_link", "register"), Map.entry("school_group", "register"),
            Map.entry("district_mapping", "register"), Map.entry("local_authority", "register"),
            Map.entry("inspection", "inspection"), Map.entry("inspection_judgement", "inspection"),
            Map.entry("inspection_superseded", "inspection"),
            Map.entry("figure", "performance"), Map.entry("measure", "performance"),
            Map.entry("figure_superseded", "performance"),
            Map.entry("benchmark_area", "performance"), Map.entry("statistical_neighbour", "performance"),
            Map.entry("import_batch", "ingest"), Map.entry("import_row_left_out", "ingest"),
            Map.entry("assessment_run", "assessment"), Map.entry("school_assessment", "assessment"),
            Map.entry("school_assessment_confidential_reason", "assessment"),
            Map.entry("assessment_override", "assessment"), Map.entry("rulebook_version", "assessment"),
            Map.entry("assessment_override_withdrawal", "assessment"), Map.entry("sent_letter", "correspondence"),
            Map.entry("sent_report", "correspondence"),
            Map.entry("soft_intelligence_note", "assessment"), Map.entry("soft_intelligence_withdrawal", "assessment"),
            Map.entry("self_report", "assessment"), Map.entry("self_report_withdrawal", "assessment"),
            Map.entry("improvement_event", "improvement"), Map.entry("improvement_board_meeting", "improvement"),
            Map.entry("app_user", "access"), Map.entry("app_user_role", "access"),
            Map.entry("app_user_school", "access"), Map.entry("api_token", "access"),
            Map.entry("audit_event", "audit"), Map.entry("retention_policy", "database"),
            Map.entry("sign_in_attempt", "access"), Map.entry("partner_school_access", "access"),
            Map.entry("attendance_council_week", "attendance"), Map.entry("attendance_enrolment", "attendance"),
            Map.entry("attendance_import", "attendance"), Map.entry("attendance_mark_change", "attendance"),
            Map.entry("attendance_meeting", "attendance"), Map.entry("attendance_meeting_action", "attendance"),
            Map.entry("attendance_school", "attendance"), Map.entry("attendance_school_day", "attendance"),
            Map.entry("attendance_school_week", "attendance"), Map.entry("attendance_term", "attendance"),
            Map.entry("attendance_week", "attendance"), Map.entry("attendance_week_other", "attendance"),
            Map.entry("attendance_cell_day", "attendance"),
            // The partitions of attendance_week, created by a loop whose table name the scan reads as this prefix.
            Map.entry("attendance_week_", "attendance"),
            Map.entry("casework_case", "casework"), Map.entry("casework_case_school", "casework"),
            Map.entry("casework_event", "casework"), Map.entry("casework_party", "casework"),
            Map.entry("return_definition", "returns"), Map.entry("return_question", "returns"),
            Map.entry("return_submission", "returns"), Map.entry("return_answer", "returns"),
            Map.entry("return_chase", "returns"), Map.entry("validation_sample", "returns"),
            Map.entry("validation_sample_school", "returns"), Map.entry("validation_visit", "returns"),
            Map.entry("full_audit", "returns"), Map.entry("full_audit_entry", "returns"),
            Map.entry("governing_body_clerk", "governance"), Map.entry("governing_body_role", "governance"),
            Map.entry("governing_body_website_check", "governance"), Map.entry("governor_appointment", "governance"),
            Map.entry("governor_appointment_end", "governance"), Map.entry("governor_import", "governance"),
            Map.entry("governor_interest", "governance"), Map.entry("governor_match_decision", "governance"),
            Map.entry("governor_person", "governance"), Map.entry("governor_retention", "governance"),
            Map.entry("governor_training", "governance"), Map.entry("governor_vacancy", "governance"),
            Map.entry("governor_vacancy_filled", "governance"),
            Map.entry("indicator_catalogue_version", "scorecard"), Map.entry("indicator_entry", "scorecard"),
            Map.entry("indicator_status_override", "scorecard"), Map.entry("scorecard_snapshot", "scorecard"),
            Map.entry("improvement_plan", "scorecard"), Map.entry("improvement_plan_outcome", "scorecard"),
            Map.entry("improvement_plan_action", "scorecard"), Map.entry("improvement_plan_milestone", "scorecard"),
            Map.entry("improvement_plan_update", "scorecard"));

    /**
     * Where a module still reads another's table, named exactly, until it is moved to the owner's read API (issue 11,
     * step 3). The list only shrinks: a new crossing fails, and so does an entry that no longer crosses.
     */
    private static final Set<String> NOT_YET_MOVED = Set.of(
            "profile/persistence/FilterOptionsQuery.java -> district_mapping",
            "profile/persistence/FilterOptionsQuery.java -> local_authority",
            "profile/persistence/FilterOptionsQuery.java -> school",
            "profile/persistence/InspectionHistoryQuery.java -> inspection",
            "profile/persistence/InspectionHistoryQuery.java -> inspection_judgement",
            "profile/persistence/RegisterEntryQuery.java -> local_authority",
            "profile/persistence/RegisterEntryQuery.java -> school",
            "profile/persistence/RegisterEntryQuery.java -> school_link",
            "profile/persistence/SqlFragments.java -> district_mapping",
            "register/persistence/SchoolEvidence.java -> import_batch");

    /** A table named where SQL reads or writes it. */
    private static final Pattern TABLE = Pattern.compile(
            "\\b(?:from|join|into|update|truncate(?:\\s+table)?|exists\\s*\\(\\s*select\\s+1\\s+from)\\s+([a-z_][a-z0-9_]*)\\b");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern CREATE_TABLE = Pattern.compile("create\\s+table\\s+([a-z_][a-z0-9_]*)");

    @Test
    void shouldLetNoModulesSqlNameAnotherModulesTable() {
        assertThat(crossings()).as("SQL naming another module's table: ask the owner's read API instead")
                .containsExactlyInAnyOrderElementsOf(NOT_YET_MOVED);
    }

    @Test
    void shouldKnowTheOwnerOfEveryTableTheMigrationsCreate() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
                Matcher table = CREATE_TABLE.matcher(read(f).toLowerCase(Locale.ROOT));
                while (table.find()) {
                    created.add(table.group(1));
                }
            });
        }
        assertThat(created).hasSizeGreaterThan(30);
        assertThat(OWNER.keySet()).containsAll(created);
    }

    @Test
    void shouldFindTheTablesEachOwnerNamesItself() {
        // The scan must see SQL at all, or the first test would pass on nothing.
        Set<String> own = new TreeSet<>();
        scan((module, file, table) -> {
            if (OWNER.get(table).equals(module)) {
                own.add(module + " -> " + table);
            }
        });
        assertThat(own).contains("register -> school", "inspection -> inspection", "performance -> figure",
                "assessment -> assessment_run", "access -> app_user", "audit -> audit_event");
    }

    private static Set<String> crossings() {
        Set<String> crossings = new TreeSet<>();
        scan((module, file, table) -> {
            if (!OWNER.get(table).equals(module)) {
                crossings.add(file + " -> " + table);
            }
        });
        return crossings;
    }

    private interface TableUse {
        void found(String module, String file, String table);
    }

    /** Every owned table named in SQL in a Java string literal, with the module and file whose code names it. */
    private static void scan(TableUse use) {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String relative = SOURCES.relativize(f).toString().replace('\\', '/');
                if (!relative.contains("/")) {
                    return; // the application class, in no module
                }
                String module = relative.substring(0, relative.indexOf('/'));
                Matcher table = TABLE.matcher(sqlIn(read(f)).toLowerCase(Locale.ROOT));
                while (table.find()) {
                    if (OWNER.containsKey(table.group(1))) {
                        use.found(module, relative, table.group(1));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the file's string literals and text blocks, where its SQL is; comments are left out. */
    static String sqlIn(String java) {
        StringBuilder sql = new StringBuilder();
        Matcher block = TEXT_BLOCK.matcher(java);
        StringBuilder rest = new StringBuilder();
        while (block.find()) {
            sql.append(block.group(1)).append(' ');
            block.appendReplacement(rest, " ");
        }
        block.appendTail(rest);
        Matcher string = STRING.matcher(withoutComments(rest.toString()));
        while (string.find()) {
            sql.append(string.group(1)).append(' ');
        }
        return sql.toString();
    }

    private static String withoutComments(String java) {
        return java.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//.*$", " ");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
