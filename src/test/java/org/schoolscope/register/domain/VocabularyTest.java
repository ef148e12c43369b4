package org.schoolscope.register.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schoolscope.register.EstablishmentType;
import org.schoolscope.register.Governance;
import org.schoolscope.register.PhaseOfEducation;
import org.schoolscope.register.SchoolType;

/**
 * Every spelling of a type and a phase in the published files in {@code ../shared/data} is read into GIAS's code
 * lists. The files are read here directly, not through the importers; the expected GIAS names are written by hand.
 */
class VocabularyTest {

    private static final Path DATA = Path.of("../shared/data");

    /** File, column, and whether the column holds a type (else a phase). England rows are left out: not schools. */
    private record Column(String file, String column, boolean type, Charset charset) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("gias-establishments/gias_establishments_20220420_la850_hampshire.csv",
                    "TypeOfEstablishment (name)", true, StandardCharsets.UTF_8),
            new Column("gias-establishments/gias_establishments_20220420_la850_hampshire.csv",
                    "EstablishmentTypeGroup (name)", true, StandardCharsets.UTF_8),
            new Column("gias-establishments/gias_establishments_20220420_la850_hampshire.csv",
                    "PhaseOfEducation (name)", false, StandardCharsets.UTF_8),
            new Column("school-information-spine/england_spine_2017-2018_la330_birmingham.csv", "NFTYPE", true,
                    StandardCharsets.UTF_8),
            new Column("ofsted-inspections/ofsted_state_funded_schools_inspections_outcomes_as_at_31_Aug_2023_birmingham.csv",
                    "Type of education", true, StandardCharsets.UTF_8),
            new Column("ofsted-inspections/ofsted_state_funded_schools_inspections_outcomes_as_at_31_Aug_2023_birmingham.csv",
                    "School type at time of latest graded inspection", true, StandardCharsets.UTF_8),
            new Column("ofsted-inspections/ofsted_state_funded_schools_inspections_outcomes_as_at_31_Aug_2023_birmingham.csv",
                    "Ofsted phase", false, StandardCharsets.UTF_8),
            new Column("ofsted-inspections/england_ofsted-schools_31_July_2018_birmingham.csv", "Ofsted phase", false,
                    StandardCharsets.UTF_8),
            new Column("national/2018-2019_england_census.csv.gz", "SCHOOLTYPE", true, StandardCharsets.UTF_8),
            new Column("national/2024-2025_england_census.csv.gz", "SCHOOLTYPE", true, StandardCharsets.UTF_8),
            new Column("national/2018-2019_england_ks4provisional.csv.gz", "NFTYPE", true, StandardCharsets.UTF_8),
            new Column("national/2018-2019_england_ks4-pupdest.csv.gz", "NFTYPE", true, StandardCharsets.UTF_8),
            new Column("national/202324_information_about_schools_final.csv.gz", "establishment_type_group", true,
                    StandardCharsets.UTF_8),
            new Column("ks2-performance/2018-2019_850_ks2final.csv", "NFTYPE", true, StandardCharsets.UTF_8),
            new Column("ks4-performance/2017-2018_850_ks4final.csv", "NFTYPE", true, StandardCharsets.UTF_8));

    /** The census's SCHOOLTYPE names a phase for every state-funded school. */
    private static final List<Column> CENSUS_PHASES = List.of(
            new Column("national/2018-2019_england_census.csv.gz", "SCHOOLTYPE", false, StandardCharsets.UTF_8),
            new Column("national/2024-2025_england_census.csv.gz", "SCHOOLTYPE", false, StandardCharsets.UTF_8));

    /** The 2017-18 national spine workbook's NFTYPE and MINORGROUP values (xlsx), copied from the workbook. */
    private static final List<String> NATIONAL_SPINE_TYPES = List.of("Community school",
            "Academy - Converter mainstream", "Voluntary aided school", "Academy sponsor led mainstream",
            "Voluntary controlled school", "Other independent school", "Foundation school", "Community special school",
            "Other independent special school", "Free school - Mainstream", "Academy - Converter special school",
            "General further education college", "Foundation special school", "Sixth form college",
            "Academy - Sponsor led special school", "Non-maintained special school", "University technical college",
            "Free school - Special", "Service childrens education", "Studio school", "Academy 16-19 converter",
            "Free school  16-19", "Sixth form centre/consortia", "Agriculture and horticulture college",
            "Specialist designated college", "City technology college", "Art, design and performing art college",
            "Institution funded by other government department", "Academy 16-19 sponsor led");
    private static final List<String> NATIONAL_SPINE_MINOR_GROUPS = List.of("Maintained School", "Academy",
            "Independent School", "College");

    @Test
    void shouldReadEveryTypeSpellingInThePublishedFiles() throws IOException {
        assumeTrue(Files.isDirectory(DATA), "the shared data folder is beside the project");
        Map<String, Set<String>> unread = new TreeMap<>();
        for (Column column : COLUMNS) {
            for (String value : distinctValues(column)) {
                boolean read = column.type() ? TypeVocabulary.read(value, null).isPresent()
                        : PhaseVocabulary.read(value).isPresent();
                if (!read) {
                    unread.computeIfAbsent(column.file() + " " + column.column(), k -> new TreeSet<>()).add(value);
                }
            }
        }
        for (Column column : CENSUS_PHASES) {
            for (String value : distinctValues(column)) {
                if (!value.equals("Independent school") && PhaseVocabulary.read(value).isEmpty()) {
                    unread.computeIfAbsent(column.file() + " phase", k -> new TreeSet<>()).add(value);
                }
            }
        }
        NATIONAL_SPINE_TYPES.stream().filter(value -> TypeVocabulary.establishmentType(value).isEmpty())
                .forEach(value -> unread.computeIfAbsent("national spine NFTYPE", k -> new TreeSet<>()).add(value));
        NATIONAL_SPINE_MINOR_GROUPS.stream().filter(value -> TypeVocabulary.kind(value).isEmpty())
                .forEach(value -> unread.computeIfAbsent("national spine MINORGROUP", k -> new TreeSet<>()).add(value));
        assertThat(unread).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Academy converter                      | Academy converter
            Academy Converter                      | Academy converter
            Academy - Converter mainstream         | Academy converter
            ACC                                    | Academy converter
            Converter academies                    | Academy converter
            Community School                       | Community school
            Community school                       | Community school
            CY                                     | Community school
            LA Nursery School                      | Local authority nursery school
            Free School                            | Free schools
            Free school - Mainstream               | Free schools
            Free School - Alternative Provision    | Free schools alternative provision
            Free school  16-19                     | Free schools 16 to 19
            Academy - Sponsor led special school   | Academy special sponsor led
            Sponsored academies - special school   | Academy special sponsor led
            Academy 16-19 sponsor led              | Academy 16 to 19 sponsor led
            University technical colleges (UTCs)   | University technical college
            FUTC                                   | University technical college
            Studio School                          | Studio schools
            Service childrens education            | Service children's education
            Sixth form college                     | Further education
            INDSPEC                                | Other independent special school
            Pupil Referral Unit                    | Pupil referral unit
            """)
    void shouldReadEachSpellingAsGiassType(String published, String giasName) {
        Optional<SchoolType> type = TypeVocabulary.read(published, null);
        assertThat(type).map(SchoolType::name).contains(giasName);
        assertThat(type).map(SchoolType::published).contains(published.trim());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            State-funded primary        | STATE_FUNDED
            State-funded AP school      | STATE_FUNDED
            Independent school          | INDEPENDENT
            Maintained School           | LOCAL_AUTHORITY_MAINTAINED
            Local authority maintained schools | LOCAL_AUTHORITY_MAINTAINED
            Academies                   | ACADEMY_OR_FREE_SCHOOL
            College                     | FURTHER_EDUCATION
            """)
    void shouldReadWordsThatNameOnlyWhoRunsASchool(String published, Governance governance) {
        assertThat(TypeVocabulary.read(published, null)).hasValueSatisfying(type -> {
            assertThat(type.isExact()).isFalse();
            assertThat(type.governance()).isEqualTo(governance);
        });
    }

    @Test
    void shouldLetTheTypeDecideOverTheSpinesSpecialSchoolGroup() {
        assertThat(TypeVocabulary.read("Academy - Converter special school", "Special School"))
                .map(SchoolType::establishmentType).contains(EstablishmentType.ACADEMY_SPECIAL_CONVERTER);
        assertThat(TypeVocabulary.read("A type no file has used", "Special School")).isEmpty();
        assertThat(TypeVocabulary.read("A type no file has used", "Local authority maintained schools"))
                .map(SchoolType::governance).contains(Governance.LOCAL_AUTHORITY_MAINTAINED);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Primary                  | PRIMARY
            All-through              | ALL_THROUGH
            Middle deemed primary    | MIDDLE_DEEMED_PRIMARY
            PRU                      | NOT_APPLICABLE
            Special                  | NOT_APPLICABLE
            Nursery                  | NURSERY
            State-funded secondary   | SECONDARY
            State-funded nursery     | NURSERY
            Pupil referral unit      | NOT_APPLICABLE
            """)
    void shouldReadEachPhaseSpelling(String published, PhaseOfEducation phase) {
        assertThat(PhaseVocabulary.read(published)).contains(phase);
    }

    @ParameterizedTest(name = "ages {0} to {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            3  | 11 | PRIMARY
            4  | 7  | PRIMARY
            2  | 5  | NURSERY
            11 | 16 | SECONDARY
            11 | 18 | SECONDARY
            14 | 19 | SECONDARY
            16 | 19 | SIXTEEN_PLUS
            3  | 16 | ALL_THROUGH
            4  | 19 | ALL_THROUGH
            8  | 12 | MIDDLE_DEEMED_PRIMARY
            9  | 13 | MIDDLE_DEEMED_SECONDARY
            """)
    void shouldInferAPhaseFromStatutoryAges(int low, int high, PhaseOfEducation phase) {
        assertThat(PhaseFromAges.infer(low, high)).contains(phase);
    }

    @Test
    void shouldInferNoPhaseWithoutBothAges() {
        assertThat(PhaseFromAges.infer(null, 11)).isEmpty();
        assertThat(PhaseFromAges.infer(11, 4)).isEmpty();
    }

    private static Set<String> distinctValues(Column column) throws IOException {
        Path path = DATA.resolve(column.file());
        byte[] bytes;
        try (InputStream in = path.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(path))
                : Files.newInputStream(path)) {
            bytes = in.readAllBytes();
        }
        String text = new String(bytes, column.charset()).replace("\uFEFF", "");
        Set<String> values = new TreeSet<>();
        int index = -1;
        int england = -1;
        for (CsvRecord record : CsvReader.builder().allowMissingFields(true).allowExtraFields(true)
                .ofCsvRecord(text)) {
            List<String> fields = record.getFields();
            if (index < 0) {
                index = fields.indexOf(column.column());
                england = fields.indexOf("URN");
                assertThat(index).as(column.column() + " in " + column.file()).isNotNegative();
                continue;
            }
            if (england >= 0 && england < fields.size() && fields.get(england).equals("NAT")) {
                continue;
            }
            String value = index < fields.size() ? fields.get(index) : "";
            if (!value.isBlank()) {
                values.add(value);
            }
        }
        return values;
    }
}
